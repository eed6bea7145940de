/// What Lua code in a state may do.
public enum LuaSandboxProfile: String, Sendable, CaseIterable {
    /// The full standard library, as the `lua5.4` interpreter has it: for the user's own scripts.
    case trusted
    /// Third-party code: no files, processes, environment or native modules; text chunks
    /// only; no `debug`, `string.dump` or raw `load`; `collectgarbage("count")` only;
    /// each chunk in its own environment over a read-only base; protected metatables;
    /// `setmetatable` refuses `__gc`; interruptible string patterns.
    case plugin
}
