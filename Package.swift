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
        .library(name: "LuaHost", targets: ["LuaHost"]),
        .library(name: "StrategyKit", targets: ["StrategyKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // Plain C runtime pieces on top of liblua (budgeted pattern matcher, ...).
        .target(name: "CLuaRuntime", dependencies: ["CLua"]),
        .target(name: "LuaHost", dependencies: ["CLua"], swiftSettings: swiftSettings),
        .target(
            name: "StrategyKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "BenchmarkKit",
            dependencies: [.product(name: "CSV", package: "CSV.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StrategyScripting",
            dependencies: ["LuaHost", "StrategyKit", "BenchmarkKit"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "smkit",
            dependencies: [
                "LuaHost", "StrategyKit", "StrategyScripting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "LuaHostTests", dependencies: ["LuaHost"], swiftSettings: swiftSettings),
        .testTarget(name: "StrategyKitTests", dependencies: ["StrategyKit"], swiftSettings: swiftSettings),
        .testTarget(name: "BenchmarkKitTests", dependencies: ["BenchmarkKit"], swiftSettings: swiftSettings),
        .testTarget(name: "EndToEndTests", dependencies: [], swiftSettings: swiftSettings),
    ]
)
