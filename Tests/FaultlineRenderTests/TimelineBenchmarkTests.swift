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

    /// CPU seconds used by this process so far: the machine may be shared, wall time is not telling.
    private func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    private func timed<T>(_ body: () throws -> T) rethrows -> (T, String) {
        let start = cpuSeconds()
        let result = try body()
        return (result, String(format: "%.2f s", cpuSeconds() - start))
    }

    private func measure(_ label: String, _ analysis: Analysis, _ options: TimelineOptions) throws {
        let (dot, build) = timed { TimelineRenderer(options: options).dot(for: analysis) }
        let (raw, layout) = try timed { try GraphvizRenderer.shared.render(dot: dot, format: .svg) }
        let (svg, post) = try timed { try SVGPostProcessor().process(raw, source: "timeline.svg") }
        let parsed = try ParsedSVG(svg)
        let nodes = parsed.elements(withClass: "event").count
        print("BENCHMARK \(label): \(nodes) event nodes, DOT \(dot.utf8.count / 1024) KiB, SVG \(svg.count / 1024) KiB; "
              + "CPU: dot(for:) \(build), Graphviz \(layout), post-process \(post)")
        XCTAssertGreaterThan(nodes, 0)
    }

    func testTimelineRenderTimes() throws {
        let thousand = SyntheticAnalysis.make(events: 1_000, actors: 30, days: 365)
        let tenThousand = SyntheticAnalysis.make(events: 10_000, actors: 30, days: 365)
        try measure("250 events, one node each", SyntheticAnalysis.make(events: 250, actors: 30, days: 365), TimelineOptions())
        try measure("1,000 events, default (max 250 nodes)", thousand, TimelineOptions())
        try measure("1,000 events, one node each", thousand, TimelineOptions(maxEvents: 1_000, showClaims: true))
        try measure("10,000 events, default (max 250 nodes)", tenThousand, TimelineOptions())
        try measure("10,000 events, country lanes", tenThousand, TimelineOptions(lanes: .country))
    }
}
