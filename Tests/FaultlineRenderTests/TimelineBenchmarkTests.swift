import Foundation
import XCTest
import FaultlineModel
@testable import FaultlineRender

/// Render times of large synthetic corpora. Skipped unless `FAULTLINE_BENCHMARK=1`, so the
/// normal test run stays short:
/// `FAULTLINE_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --filter TimelineBenchmarkTests`.
final class TimelineBenchmarkTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["FAULTLINE_BENCHMARK"] == "1", "set FAULTLINE_BENCHMARK=1 to run")
    }

    private func measure(_ label: String, _ analysis: Analysis, _ options: TimelineOptions) throws {
        let clock = ContinuousClock()
        var dot = ""
        let build = clock.measure { dot = TimelineRenderer(options: options).dot(for: analysis) }
        var raw = Data()
        let layout = try clock.measure { raw = try GraphvizRenderer.shared.render(dot: dot, format: .svg) }
        var svg = Data()
        let post = try clock.measure { svg = try SVGPostProcessor().process(raw, source: "timeline.svg") }
        let parsed = try ParsedSVG(svg)
        let nodes = parsed.elements(withClass: "event").count
        print("BENCHMARK \(label): \(nodes) event nodes, DOT \(dot.utf8.count / 1024) KiB, SVG \(svg.count / 1024) KiB; "
              + "dot(for:) \(build), Graphviz \(layout), post-process \(post)")
        XCTAssertGreaterThan(nodes, 0)
    }

    func testTimelineRenderTimes() throws {
        let thousand = SyntheticAnalysis.make(events: 1_000, actors: 30, days: 365)
        let tenThousand = SyntheticAnalysis.make(events: 10_000, actors: 30, days: 365)
        try measure("1,000 events, default (max 250 nodes)", thousand, TimelineOptions())
        try measure("1,000 events, one node each", thousand, TimelineOptions(maxEvents: 1_000, showClaims: true))
        try measure("10,000 events, default (max 250 nodes)", tenThousand, TimelineOptions())
        try measure("10,000 events, country lanes", tenThousand, TimelineOptions(lanes: .country))
    }
}
