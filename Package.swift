// swift-tools-version: 6.0
import PackageDescription

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
        .target(name: "RoadmapCore", dependencies: ["CFileSystem", "CTextBreak", .product(name: "CSV", package: "CSV.swift")]),
        .systemLibrary(name: "CFileSystem"),
        .target(name: "CTextBreak", dependencies: ["CICU"]),
        .systemLibrary(name: "CICU", pkgConfig: "icu-uc", providers: [.apt(["libicu-dev"])]),
        .target(name: "RoadmapUI", dependencies: ["RoadmapCore"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .executableTarget(
            name: "roadmap",
            dependencies: [
                "RoadmapCore",
                "RoadmapUI",
                "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "RoadmapTestSupport", path: "Tests/RoadmapTestSupport"),
        .testTarget(name: "RoadmapCoreTests", dependencies: ["RoadmapCore", "RoadmapTestSupport"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "RoadmapUITests", dependencies: ["RoadmapCore", "RoadmapUI", "RoadmapTestSupport"], exclude: ["Frames"]),
        .testTarget(name: "RoadmapCLITests", dependencies: ["RoadmapCore", "roadmap", "RoadmapTestSupport"]),
    ]
)
