import XCTest
import FuzzHarness

/// Every fuzzer's seed corpus and every input that once broke a fuzzer (`Regressions/`)
/// pass the harness checks, so what fuzzing found stays fixed without a fuzzing build.
final class FuzzSeedTests: XCTestCase {
    let examples = FuzzSeeds.examples([RobustnessSupport.examples.path])

    func replay(_ target: String, _ seeds: [[UInt8]], _ harness: ([UInt8]) throws -> Void,
                file: StaticString = #filePath, line: UInt = #line) {
        var inputs = seeds.enumerated().map { ("seed \($0.offset)", $0.element) }
        for path in FuzzCorpus.files([RobustnessSupport.regressions(target).path]) {
            if let data = FileManager.default.contents(atPath: path) { inputs.append(((path as NSString).lastPathComponent, [UInt8](data))) }
        }
        XCTAssertGreaterThan(inputs.count, 10, "\(target): too few seeds", file: file, line: line)
        for (name, bytes) in inputs {
            XCTAssertNoThrow(try harness(bytes), "\(target) \(name)", file: file, line: line)
        }
    }

    func testIngestSeeds() { replay("ingest", FuzzSeeds.ingest(examples), IngestHarness.run) }
    func testExtractSeeds() { replay("extract", FuzzSeeds.extract(examples), ExtractHarness.run) }
    func testRenderSeeds() { replay("render", FuzzSeeds.render(examples), RenderHarness.run) }
    func testExportSeeds() { replay("export", FuzzSeeds.export(examples), ExportHarness.run) }

    /// The checks themselves catch what they are for (a harness that accepts anything
    /// would make the fuzzers useless).
    func testChecksRejectBrokenOutput() {
        XCTAssertThrowsError(try OutputChecks.xml("<svg><g></svg>", "t"))
        XCTAssertThrowsError(try OutputChecks.xml("<svg><g>", "t"))
        XCTAssertThrowsError(try OutputChecks.xml("<svg/><svg/>", "t"))
        XCTAssertThrowsError(try OutputChecks.svg("<svg><script>alert(1)</script></svg>", "t"))
        XCTAssertThrowsError(try OutputChecks.svg("<svg><g onclick=\"x()\"/></svg>", "t"))
        XCTAssertThrowsError(try OutputChecks.svg("<svg><a href=\" java\tscript:x()\"/></svg>", "t"))
        XCTAssertThrowsError(try OutputChecks.svg("<svg><a href=\"https://evil.example/\"/></svg>", "t"))
        XCTAssertNoThrow(try OutputChecks.svg("<svg><a href=\"#n1\"/><title>javascript:alert(1)</title></svg>", "t"))
        XCTAssertThrowsError(try OutputChecks.html("<p>a & b</p>", "t", scripts: 0))
        XCTAssertThrowsError(try OutputChecks.html("<p><b>x</p></b>", "t", scripts: 0))
        XCTAssertThrowsError(try OutputChecks.html("<p title=\"x\" onmouseover=\"y\">x</p>", "t", scripts: 0))
        XCTAssertThrowsError(try OutputChecks.html("<p><script>x</script></p><script>y</script>", "t", scripts: 1))
        XCTAssertThrowsError(try OutputChecks.html("<a href=\"javascript&#58;x\">x</a>", "t", scripts: 0))
        XCTAssertNoThrow(try OutputChecks.html("<p>&lt;script&gt; &amp; <br>x</p><script>if (a < b) {}</script>", "t", scripts: 1))
        XCTAssertThrowsError(try OutputChecks.json("{\"a\": }", "t"))
        XCTAssertThrowsError(try OutputChecks.csv("a,b\n1,2,3\n", "t"))
        XCTAssertThrowsError(try OutputChecks.csv("a,b\n\"1\"x,2\n", "t"))
        XCTAssertEqual(try OutputChecks.csv("a,b\n\"1,\n\"\"2\"\"\",3\n", "t").count, 2)
        XCTAssertThrowsError(try OutputChecks.tsv("a\tb\nc\n", "t"))
    }
}
