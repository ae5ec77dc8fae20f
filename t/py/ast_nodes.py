import cpylib
import ast
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load()))
print(ast.dump(n), n._fields, ast.Name._attributes, isinstance(n, ast.expr), ast.PyCF_ONLY_AST)
print(ast.dump(ast.Module([ast.Expr(n)], [])), ast.literal_eval(ast.Constant(5)), issubclass(ast.Num, ast.Constant))
m = ast.fix_missing_locations(ast.Expression(body=n)); print(m.body.lineno, ast.unparse(n) if hasattr(ast, 'unparse') else '')
try:
    ast.Name('a', 'b', 'c')
except TypeError as e:
    print('TypeError', e)
