// swift-tools-version: 6.1
import PackageDescription

// Layers, one direction of dependency (see README "Layout"):
//   CLua -> LuaHost -> StrategyScripting -> smkit
//   StrategyKit, BenchmarkKit (plain Swift, no Lua) -> StrategyScripting
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "smkit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "smkit", targets: ["smkit"]),
        .executable(name: "smkit-repl", targets: ["smkit-repl"]),
        .library(name: "LuaHost", targets: ["LuaHost"]),
        .library(name: "StrategyKit", targets: ["StrategyKit"]),
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // The system zlib, for .tar.gz plugin archives (Debian: zlib1g-dev).
        .systemLibrary(name: "CGzip", providers: [.apt(["zlib1g-dev"])]),
        // Plain C runtime on top of liblua: limits, watchdog, interruptible patterns.
        .target(name: "CLuaRuntime", dependencies: ["CLua"]),
        // The sandbox bootstrap is Lua, embedded into the binary (no resource bundle to install).
        .target(
            name: "LuaHost", dependencies: ["CLua", "CLuaRuntime"],
            resources: [.embedInCode("Lua/sandbox.lua")], swiftSettings: swiftSettings
        ),
        // Snowball stemmers; Debian's libstemmer-dev has no pkg-config file.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // Tokens, stems, negation scope and entry intents of a post text (no Lua, no Yams).
        .target(name: "TextAnalysis", dependencies: ["CStemmer"], swiftSettings: swiftSettings),
        .target(
            name: "StrategyKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "BenchmarkKit",
            dependencies: ["StrategyKit", .product(name: "CSV", package: "CSV.swift"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "Yams", package: "Yams")],
            // One mapping per built-in preset (`--preset ID`), read from the binary.
            resources: [
                .embedInCode("Presets/fanpage-karma.yaml"),
                .embedInCode("Presets/metricool.yaml"),
                .embedInCode("Presets/meta-business-suite.yaml"),
                .embedInCode("Presets/meta-page-insights.yaml"),
                .embedInCode("Presets/linkedin-page.yaml"),
                .embedInCode("Presets/linkedin-competitors.yaml"),
                .embedInCode("Presets/youtube-studio.yaml"),
                .embedInCode("Presets/tiktok.yaml"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StrategyDocuments",
            dependencies: [
                "StrategyKit", "BenchmarkKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StrategyScripting",
            dependencies: [
                "LuaHost", "StrategyKit", "BenchmarkKit", "StrategyDocuments", "TextAnalysis", "CGzip",
                .product(name: "Yams", package: "Yams"),
            ],
            // The plugin API's Lua side, embedded like LuaHost's sandbox.
            resources: [.embedInCode("Lua/prelude.lua")],
            swiftSettings: swiftSettings
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LuaREPL", dependencies: ["LuaHost"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "smkit-repl",
            dependencies: ["LuaREPL", "StrategyScripting", "CEditLine"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "smkit",
            dependencies: [
                "LuaHost", "StrategyKit", "StrategyScripting", "StrategyDocuments", "BenchmarkKit", "LuaREPL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "CBenchSupport", dependencies: ["CLua"], path: "Benchmarks/CBenchSupport"),
        .executableTarget(
            name: "smkit-bench",
            dependencies: ["LuaHost", "CLua", "CBenchSupport"],
            path: "Benchmarks/HostBenchmarks",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "smkit-check-bench",
            dependencies: ["LuaHost", "StrategyKit", "StrategyScripting"],
            path: "Benchmarks/checks",
            exclude: ["instructions.sh"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "smkit-competitor-bench",
            dependencies: ["BenchmarkKit"],
            path: "Benchmarks/competitor/driver",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "LuaHostTests", dependencies: ["LuaHost"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TextAnalysisTests", dependencies: ["TextAnalysis"],
            exclude: ["Corpus"], swiftSettings: swiftSettings
        ),
        .testTarget(name: "StrategyKitTests", dependencies: ["StrategyKit"], swiftSettings: swiftSettings),
        // Files tests build for themselves (XLSX workbooks), shared by the test targets.
        .target(name: "TestFixtures", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
                path: "Tests/TestFixtures", swiftSettings: swiftSettings),
        .testTarget(name: "BenchmarkKitTests", dependencies: ["BenchmarkKit", "TestFixtures"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "StrategyDocumentsTests", dependencies: ["StrategyDocuments"], swiftSettings: swiftSettings),
        .testTarget(name: "StrategyScriptingTests", dependencies: ["StrategyScripting"], swiftSettings: swiftSettings),
        .testTarget(name: "LuaREPLTests", dependencies: ["LuaREPL"], swiftSettings: swiftSettings),
        // Runs the built binaries; depends on them so `swift test` builds them first.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["smkit", "smkit-repl", "TestFixtures"],
            exclude: ["Fixtures"], swiftSettings: swiftSettings
        ),
    ]
)

// Fuzz targets (libFuzzer), declared only when SMKIT_FUZZ=1 so that ordinary builds and tests
// never see them: one executable `smkit-fuzz` with every target (SMKIT_FUZZ_TARGET picks one),
// so the instrumented code is built once. Scripts/fuzz.sh builds it with -sanitize=fuzzer,address.
if Context.environment["SMKIT_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "smkit-fuzz",
        dependencies: ["LuaHost", "StrategyKit", "BenchmarkKit", "TextAnalysis"],
        path: "Fuzz",
        swiftSettings: swiftSettings + [.unsafeFlags(["-parse-as-library"])]
    ))
}
