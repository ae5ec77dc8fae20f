"""_ast for pyvm: the AST node classes (names, bases, _fields and
_attributes of Python 3.11's grammar). compile(..., PyCF_ONLY_AST), and so
ast.parse(), fills them from the C parser's tree (vm/ast_py.c); compile()
of an AST object compiles its ast.unparse() text."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'

# name base |fields|attributes ("-": inherited; "?": optional, None by default)
_NODES = """
    alias AST |name ?asname|lineno col_offset ?end_lineno ?end_col_offset
    arg AST |arg ?annotation ?type_comment|lineno col_offset ?end_lineno ?end_col_offset
    arguments AST |posonlyargs args ?vararg kwonlyargs kw_defaults ?kwarg defaults|
    boolop AST ||
    cmpop AST ||
    comprehension AST |target iter ifs is_async|
    excepthandler AST ||lineno col_offset ?end_lineno ?end_col_offset
    expr AST ||lineno col_offset ?end_lineno ?end_col_offset
    expr_context AST ||
    keyword AST |?arg value|lineno col_offset ?end_lineno ?end_col_offset
    match_case AST |pattern ?guard body|
    mod AST ||
    operator AST ||
    pattern AST ||lineno col_offset end_lineno end_col_offset
    stmt AST ||lineno col_offset ?end_lineno ?end_col_offset
    type_ignore AST ||
    unaryop AST ||
    withitem AST |context_expr ?optional_vars|
    Add operator ||-
    And boolop ||-
    AnnAssign stmt |target annotation ?value simple|-
    Assert stmt |test ?msg|-
    Assign stmt |targets value ?type_comment|-
    AsyncFor stmt |target iter body orelse ?type_comment|-
    AsyncFunctionDef stmt |name args body decorator_list ?returns ?type_comment|-
    AsyncWith stmt |items body ?type_comment|-
    Attribute expr |value attr ctx|-
    AugAssign stmt |target op value|-
    Await expr |value|-
    BinOp expr |left op right|-
    BitAnd operator ||-
    BitOr operator ||-
    BitXor operator ||-
    BoolOp expr |op values|-
    Break stmt ||-
    Call expr |func args keywords|-
    ClassDef stmt |name bases keywords body decorator_list|-
    Compare expr |left ops comparators|-
    Constant expr |value ?kind|-
    Continue stmt ||-
    Del expr_context ||-
    Delete stmt |targets|-
    Dict expr |keys values|-
    DictComp expr |key value generators|-
    Div operator ||-
    Eq cmpop ||-
    ExceptHandler excepthandler |?type ?name body|-
    Expr stmt |value|-
    Expression mod |body|-
    FloorDiv operator ||-
    For stmt |target iter body orelse ?type_comment|-
    FormattedValue expr |value conversion ?format_spec|-
    FunctionDef stmt |name args body decorator_list ?returns ?type_comment|-
    FunctionType mod |argtypes returns|-
    GeneratorExp expr |elt generators|-
    Global stmt |names|-
    Gt cmpop ||-
    GtE cmpop ||-
    If stmt |test body orelse|-
    IfExp expr |test body orelse|-
    Import stmt |names|-
    ImportFrom stmt |?module names ?level|-
    In cmpop ||-
    Interactive mod |body|-
    Invert unaryop ||-
    Is cmpop ||-
    IsNot cmpop ||-
    JoinedStr expr |values|-
    LShift operator ||-
    Lambda expr |args body|-
    List expr |elts ctx|-
    ListComp expr |elt generators|-
    Load expr_context ||-
    Lt cmpop ||-
    LtE cmpop ||-
    MatMult operator ||-
    Match stmt |subject cases|-
    MatchAs pattern |?pattern ?name|-
    MatchClass pattern |cls patterns kwd_attrs kwd_patterns|-
    MatchMapping pattern |keys patterns ?rest|-
    MatchOr pattern |patterns|-
    MatchSequence pattern |patterns|-
    MatchSingleton pattern |value|-
    MatchStar pattern |?name|-
    MatchValue pattern |value|-
    Mod operator ||-
    Module mod |body type_ignores|-
    Mult operator ||-
    Name expr |id ctx|-
    NamedExpr expr |target value|-
    Nonlocal stmt |names|-
    Not unaryop ||-
    NotEq cmpop ||-
    NotIn cmpop ||-
    Or boolop ||-
    Pass stmt ||-
    Pow operator ||-
    RShift operator ||-
    Raise stmt |?exc ?cause|-
    Return stmt |?value|-
    Set expr |elts|-
    SetComp expr |elt generators|-
    Slice expr |?lower ?upper ?step|-
    Starred expr |value ctx|-
    Store expr_context ||-
    Sub operator ||-
    Subscript expr |value slice ctx|-
    Try stmt |body handlers orelse finalbody|-
    TryStar stmt |body handlers orelse finalbody|-
    Tuple expr |elts ctx|-
    TypeIgnore type_ignore |lineno tag|-
    UAdd unaryop ||-
    USub unaryop ||-
    UnaryOp expr |op operand|-
    While stmt |test body orelse|-
    With stmt |items body ?type_comment|-
    Yield expr |?value|-
    YieldFrom expr |value|-
"""


def _build():
    g = globals()
    for line in _NODES.strip().splitlines():
        head, fields, attrs = line.split('|')
        name, base = head.split()
        fields = fields.split()
        ns = {'_fields': tuple(f.lstrip('?') for f in fields), '__module__': 'ast'}
        ns['__match_args__'] = ns['_fields']
        if attrs != '-':
            attrs = attrs.split()
            ns['_attributes'] = tuple(a.lstrip('?') for a in attrs)
            fields += attrs
        for f in fields:
            if f.startswith('?'):
                ns[f[1:]] = None
        g[name] = type(name, (g[base],), ns)


_build()
del _build


def _source_of(node, mode):
    """compile() of an AST object: pyvm compiles its unparsed source."""
    import ast
    if mode == 'eval':
        if not isinstance(node, Expression):
            raise TypeError('expected Expression node, got %s' % type(node).__name__)
    elif mode == 'exec':
        if not isinstance(node, Module):
            raise TypeError('expected Module node, got %s' % type(node).__name__)
    elif mode == 'single':
        if not isinstance(node, Interactive):
            raise TypeError('expected Interactive node, got %s' % type(node).__name__)
        node = Module(body=node.body, type_ignores=[])
    return ast.unparse(node)
