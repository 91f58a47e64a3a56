// swift-tools-version: 6.2
import PackageDescription

/// With ROADMAP_WARNINGS_AS_ERRORS=1 in the environment (as `.ci/run` sets it),
/// a warning in any of the project's own targets, tests included, fails the
/// build, warm or cold; dependencies are not affected.
let strictness: [SwiftSetting] = Context.environment["ROADMAP_WARNINGS_AS_ERRORS"] == "1"
    ? [.treatAllWarnings(as: .error)] : []
let cStrictness: [CSetting] = Context.environment["ROADMAP_WARNINGS_AS_ERRORS"] == "1"
    ? [.treatAllWarnings(as: .error)] : []

let package = Package(
    name: "roadmap",
    products: [
        .executable(name: "roadmap", targets: ["roadmap"]),
        .library(name: "RoadmapCore", targets: ["RoadmapCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(name: "RoadmapCore", dependencies: ["CFileSystem", "CTextBreak", .product(name: "CSV", package: "CSV.swift")], swiftSettings: strictness),
        .systemLibrary(name: "CFileSystem"),
        .target(name: "CTextBreak", dependencies: ["CICU"], cSettings: cStrictness),
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
        .target(name: "RoadmapUI", dependencies: ["RoadmapCore"], swiftSettings: strictness),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .executableTarget(
            name: "roadmap",
            dependencies: [
                "RoadmapCore",
                "RoadmapUI",
                "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        .target(name: "RoadmapTestSupport", path: "Tests/RoadmapTestSupport", swiftSettings: strictness),
        .testTarget(name: "RoadmapCoreTests", dependencies: ["RoadmapCore", "RoadmapTestSupport"], exclude: ["Fixtures", "Snapshots"], swiftSettings: strictness),
        .testTarget(name: "RoadmapUITests", dependencies: ["RoadmapCore", "RoadmapUI", "RoadmapTestSupport"], exclude: ["Frames"], swiftSettings: strictness),
        .testTarget(name: "RoadmapCLITests", dependencies: ["RoadmapCore", "roadmap", "RoadmapTestSupport"], swiftSettings: strictness),
    ]
)
