-- luacheck configuration: Lua 5.4 plus the smkit plugin API as read-only globals.
-- The field list matches PluginAPIReference (a test compares them).
std = "lua54+smkit"
stds.smkit = {
  read_globals = {
    smkit = {
      fields = {
        api_level = {},
        plugin = {},
        text = {
          fields = {
            normalize = {}, find_any = {}, contains = {}, match_any = {}, length = {}, hashtags = {}, mentions = {},
          },
        },
      },
    },
  },
}
-- Plugins run sandboxed: these parts of the standard library do not exist there.
files["Plugins/**/*.lua"] = {
  read_globals = { "smkit" },
  not_globals = { "io", "debug", "package", "dofile", "loadfile", "collectgarbage" },
}
max_line_length = 160
-- smkit's own Lua, embedded into the binary (Sources/LuaHost/Lua, Sources/StrategyScripting/Lua).
-- The sandbox bootstrap runs with the full library and empties the real globals.
files["Sources/LuaHost/Lua/sandbox.lua"] = { std = "lua54" }
-- The prelude runs in a sandbox environment: the plugin base, no io/debug/package.
files["Sources/StrategyScripting/Lua/prelude.lua"] = {
  std = "lua54",
  not_globals = { "io", "debug", "package", "dofile", "loadfile", "require" },
}
