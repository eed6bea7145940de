/// LuaREPL: the REPL engine without a terminal.
public enum LuaREPL {}
