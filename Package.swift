// swift-tools-version:6.0
import PackageDescription

// One direction of dependencies: Model ← Text ← Extract ← Pipeline ← faultline;
// Analysis, Render and Store depend on Model only. CGraphviz is imported by Render alone.
let package = Package(
    name: "Faultline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "faultline", targets: ["faultline"]),
        .library(name: "FaultlineModel", targets: ["FaultlineModel"]),
        .library(name: "FaultlinePipeline", targets: ["FaultlinePipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "FaultlineModel"),
        .target(name: "FaultlineText", dependencies: ["FaultlineModel"]),
        .target(
            name: "FaultlineExtract",
            dependencies: ["FaultlineModel", "FaultlineText"],
            resources: [.copy("Resources")]
        ),
        .target(name: "FaultlineAnalysis", dependencies: ["FaultlineModel"]),
        .target(name: "FaultlineRender", dependencies: ["FaultlineModel", "CGraphviz"]),
        .target(
            name: "FaultlineStore",
            dependencies: ["FaultlineModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "FaultlinePipeline",
            dependencies: ["FaultlineModel", "FaultlineText", "FaultlineExtract", "FaultlineAnalysis"]
        ),
        .executableTarget(
            name: "faultline",
            dependencies: [
                "FaultlineModel", "FaultlineText", "FaultlineExtract", "FaultlineAnalysis",
                "FaultlineRender", "FaultlineStore", "FaultlinePipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzzing (scripts/fuzz.sh): harness checks shared with the robustness tests; each
        // Fuzz* executable is a libFuzzer target when built with -D FUZZING, a replayer otherwise.
        .target(name: "FuzzHarness", dependencies: ["FaultlineModel", "FaultlineText", "FaultlineExtract", "FaultlineAnalysis", "FaultlineRender"]),
        .executableTarget(name: "FuzzIngest", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzRender", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzExport", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzBench", dependencies: ["FuzzHarness"]),
        .testTarget(name: "FaultlineModelTests", dependencies: ["FaultlineModel"]),
        .testTarget(name: "FaultlineTextTests", dependencies: ["FaultlineText"]),
        .testTarget(name: "FaultlineExtractTests", dependencies: ["FaultlineExtract", "FaultlineText"]),
        .testTarget(name: "FaultlineAnalysisTests", dependencies: ["FaultlineAnalysis"]),
        .testTarget(name: "FaultlineRenderTests", dependencies: ["FaultlineRender"], exclude: ["Golden"]),
        .testTarget(name: "FaultlineStoreTests", dependencies: ["FaultlineStore"]),
        .testTarget(
            name: "FaultlineRobustnessTests",
            dependencies: ["FuzzHarness", "FaultlinePipeline", "FaultlineRender", "FaultlineText", "FaultlineModel", "faultline"],
            exclude: ["Regressions"]
        ),
        .testTarget(
            name: "FaultlinePipelineTests",
            dependencies: ["FaultlinePipeline", "FaultlineRender", "FaultlineStore", "faultline"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
