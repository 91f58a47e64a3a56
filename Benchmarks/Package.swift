// swift-tools-version: 6.0
// Benchmarks for roadmap: a package of its own, so that `swift test` and CI of
// the main package do not build or run any of it. See README.md.
import PackageDescription

let package = Package(
    name: "roadmap-benchmarks",
    dependencies: [
        // The main package, for RoadmapCore and the `roadmap` executable.
        .package(name: "roadmap", path: ".."),
    ],
    targets: [
        // The main package does not export RoadmapUI as a product, so its
        // sources are compiled here once more, through the symlink
        // Sources/BenchRoadmapUI -> ../../Sources/RoadmapUI (the same code under
        // another module name: target names must be unique across the graph).
        .target(
            name: "BenchRoadmapUI",
            dependencies: [.product(name: "RoadmapCore", package: "roadmap")]
        ),
        .executableTarget(
            name: "roadmap-bench-gen",
            dependencies: [.product(name: "RoadmapCore", package: "roadmap")]
        ),
        // A pseudo-terminal and posix_spawn's SETSID flag, which the Swift Glibc module does not show.
        .target(name: "CBenchSupport"),
        .executableTarget(
            name: "roadmap-bench",
            dependencies: [
                "BenchRoadmapUI",
                "CBenchSupport",
                .product(name: "RoadmapCore", package: "roadmap"),
            ]
        ),
    ]
)
