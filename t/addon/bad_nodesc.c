/* No descriptor at all: import must fail with ImportError. */
int bad_nodesc_value(void) { return 1; }
