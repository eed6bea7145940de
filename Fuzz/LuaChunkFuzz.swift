// Target `lua-chunk`: the raw input bytes are one Lua chunk, compiled with `load` and run with
// `call` in a fresh plugin-profile state under limits (16 MiB, 1 million instructions, 2 s);
// results and error objects are detached. Syntax, runtime and limit errors are fine; a crash
// or a state that no longer works afterwards is a bug.
import LuaHost

enum LuaChunkFuzz {
    static let limits = LuaLimits(memoryBytes: 16 << 20, instructions: 1_000_000, seconds: 2)

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let lua = try? LuaState(profile: .plugin, limits: limits) else { fatalError("no plugin state") }
        defer { lua.close() }
        do {
            let chunk = try lua.load(bytes: Array(bytes), chunkName: "=fuzz")
            for result in try chunk.call() { _ = try? result.detached() }
        } catch {
            _ = error.description
            _ = error.object?.description
        }
        // The state must still work after whatever the chunk did.
        guard let after = try? lua.run("return 1 + 1", chunkName: "=after"), after.first?.intValue == 2 else {
            fatalError("the plugin state is broken after a chunk")
        }
    }
}
