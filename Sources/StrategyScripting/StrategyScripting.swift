import LuaHost
import StrategyKit

/// StrategyScripting: the bridge that exposes StrategyKit to Lua as the `smkit` module.
public enum StrategyScripting {
    public static let apiLevel = 1
}
