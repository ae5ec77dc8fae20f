# -W and -X options and PYTHONWARNINGS reach sys.warnoptions/_xoptions.
import os, subprocess, sys
code = "import sys, warnings; print(sys.warnoptions, sys._xoptions)\ntry:\n    warnings.warn('w', DeprecationWarning)\nexcept DeprecationWarning as e:\n    print('raised', e)"
env = dict(os.environ, PYTHONWARNINGS="ignore::UserWarning")
for args in (["-W", "error::DeprecationWarning"], ["-Werror", "-X", "utf8=1"]):
    out = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True, env=env)
    print(out.stdout.strip(), out.returncode)
print(sys.get_coroutine_origin_tracking_depth())
