// The libFuzzer entry point of `smkit-fuzz`, one binary for every target so that CI
// builds the instrumented code once. SMKIT_FUZZ_TARGET picks the target
// (lua-bridge, lua-chunk, workspace, contest, csv, json, text); Scripts/fuzz.sh sets it.
// Built only when SMKIT_FUZZ=1 (see Package.swift), with -sanitize=fuzzer,address.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One fuzz target: takes the input bytes, must never crash (errors are fine).
typealias FuzzTarget = @Sendable (UnsafeBufferPointer<UInt8>) -> Void

let fuzzTargets: [String: FuzzTarget] = [
    "lua-bridge": LuaBridgeFuzz.run,
    "lua-chunk": LuaChunkFuzz.run,
    "workspace": WorkspaceFuzz.run,
    "contest": ContestFuzz.run,
    "csv": CSVFuzz.run,
    "json": JSONFuzz.run,
    "text": TextFuzz.run,
]

nonisolated(unsafe) var selectedTarget: FuzzTarget?

private func selectTarget() -> FuzzTarget {
    if let selectedTarget { return selectedTarget }
    let name = getenv("SMKIT_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = fuzzTargets[name] else {
        let names = fuzzTargets.keys.sorted().joined(separator: ", ")
        print("smkit-fuzz: set SMKIT_FUZZ_TARGET to one of: \(names)")
        exit(2)
    }
    selectedTarget = target
    return target
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = selectTarget()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selectTarget()(UnsafeBufferPointer(start: data, count: size))
    return 0
}

// SwiftPM links debug executables with `main` aliased to `smkit_fuzz_main` (so tests could
// import them); this hands control to libFuzzer's driver, as libFuzzer's own `main` would.
// In release builds the alias is absent and libFuzzer's `main` is used directly.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("smkit_fuzz_main")
public func smkitFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    _ = selectTarget()
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) }
}
