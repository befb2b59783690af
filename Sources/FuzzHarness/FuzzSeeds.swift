import Foundation

/// Seed inputs for each fuzzer: the example articles (given as files) in the layout each
/// harness reads, plus hand-made edge cases and the `HostileText` samples.
///
/// `FuzzX --write-seeds DIR FILE|FOLDER…` writes them (see `scripts/fuzz.sh`); the
/// robustness tests run the same seeds through the harnesses.
public enum FuzzSeeds {
    public typealias Example = (name: String, bytes: [UInt8])

    /// The files named (folders expanded), read.
    public static func examples(_ paths: [String]) -> [Example] {
        FuzzCorpus.files(paths).compactMap { path in
            FileManager.default.contents(atPath: path).map { ((path as NSString).lastPathComponent, [UInt8]($0)) }
        }
    }

    /// Example lines of TSV sentence lists (first column) and of plain files, for the
    /// harnesses that take short texts.
    static func sentences(_ examples: [Example], limit: Int = 40) -> [String] {
        var out: [String] = []
        for e in examples where e.name.hasSuffix(".tsv") {
            for line in String(decoding: e.bytes, as: UTF8.self).split(separator: "\n").prefix(limit) {
                if let first = line.split(separator: "\t").first { out.append(String(first)) }
            }
        }
        return out
    }

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// A JSON string literal for `s` (JSONSerialization escaping).
    static func jsonString(_ s: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed])) ?? Data("[\"\"]".utf8)
        let text = String(decoding: data, as: UTF8.self)
        return String(text.dropFirst().dropLast())
    }

    // MARK: - Per harness

    public static func ingest(_ examples: [Example]) -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for e in examples {
            let ext = (e.name as NSString).pathExtension.lowercased()
            let format = ext == "jsonl" ? 1 : (ext == "html" || ext == "htm") ? 2 : 0
            seeds.append(IngestHarness.seed(e.bytes, format: format))
            seeds.append(IngestHarness.seed(e.bytes, format: 3))
        }
        let hostile = HostileText.samples.filter { $0.utf8.count < 2000 }
        let article = "Tiêu đề: " + hostile.joined(separator: " ") + "\n\n" + hostile.joined(separator: ". Ông Nguyễn nói. ") + "."
        seeds.append(IngestHarness.seed(bytes(article), format: 0))
        let jsonl = hostile.enumerated().map { k, s in
            "{\"id\": \(jsonString(s)), \"title\": \(jsonString(s)), \"text\": \(jsonString(s + " The army said on Monday. " + s)), \"published\": \"2022-08-1\(k % 10)\", \"language\": \(jsonString(k % 2 == 0 ? "vi" : s)), \"url\": \(jsonString(s))}"
        }.joined(separator: "\n")
        seeds.append(IngestHarness.seed(bytes(jsonl), format: 1))
        let html = "<html lang=\"vi\"><head><title>" + hostile[0] + "</title><meta property=\"article:published_time\" content=\"2022-08-14T10:00:00Z\"></head><body><article><h1>"
            + hostile.joined(separator: "</p><p>") + "</h1><p>" + hostile.joined(separator: "<br>") + "</p></article></body></html>"
        seeds.append(IngestHarness.seed(bytes(html), format: 2))
        let edge: [(Int, [UInt8])] = [
            (0, []), (1, []), (2, []), (3, []),
            (0, [0xEF, 0xBB, 0xBF] + bytes("Title\n\nBody sentence one. Body two.")),
            (0, [0xFF, 0xFE] + Array("Tiêu đề\n\nNội dung.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })),
            (0, bytes("Title\n\nBroken ") + [0xC3, 0x28, 0xE2, 0x82, 0xF0, 0x9F, 0x92] + bytes(" text.")),
            (1, bytes("{\"text\": \"a\"}\n{bad json\n{\"text\": 5}\n[1,2]\n{\"id\": \"x\"}\n{\"text\": \"\\ud800 lone\"}\n" + String(repeating: "[", count: 200) + "\n")),
            (2, bytes(String(repeating: "<div>", count: 1000) + "deep text." + String(repeating: "</div>", count: 10))),
            (2, bytes("<p>unterminated <!-- comment <script>alert(1) <style> <title>t")),
            (2, bytes("<html><body><nav>Menu</nav><main><p>Lead sentence here. Another one.</p><figure><figcaption>Ảnh: AP</figcaption></figure></main><footer>x</footer></body></html>")),
            (3, bytes("{\"id\":\"s\",\"text\":\"stream line\"}\n")),
            (3, bytes("<p>html on a stream</p>")),
            (0, bytes("Title line\n\n" + String(repeating: "word ", count: 3000) + "\n")),
            (0, bytes(String(repeating: "x", count: 400) + "\nno title\n")),
            (4, bytes("Title\n\n" + String(repeating: "Over the limit. ", count: 40))),
            (5, bytes("{\"text\": \"" + String(repeating: "long line ", count: 40) + "\"}\n{\"text\": \"short\"}\n")),
        ]
        for (mode, content) in edge { seeds.append([UInt8(mode)] + content) }
        return seeds
    }

    public static func extract(_ examples: [Example]) -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for s in sentences(examples) { seeds.append([0] + bytes(s)) }
        for e in examples where !e.name.hasSuffix(".tsv") { seeds.append([1] + e.bytes.prefix(6000)) }
        for s in HostileText.samples where s.utf8.count < 2000 { seeds.append([0] + bytes("Quân đội Nga nói " + s + " ngày 14/8.")) }
        return seeds
    }

    public static func render(_ examples: [Example]) -> [[UInt8]] {
        let texts = (HostileText.samples.filter { $0.utf8.count < 300 } + sentences(examples, limit: 10)).map(bytes)
        var seeds: [[UInt8]] = []
        for (k, t) in texts.enumerated() {
            // A built graph: every string field is the sample, every number small.
            var s: [UInt8] = [0]
            for f in 0..<24 { s += t + [0] + [UInt8((k + f) % 5)] }
            seeds.append(s)
            // Pictures: options, then an analysis whose strings are the sample.
            var p: [UInt8] = [UInt8(1 | (k % 8) << 1), UInt8(k % 2), UInt8(k % 2), 0xFF]
            for f in 0..<120 { p += [UInt8((k + f) % 7)] + t + [0] }
            seeds.append(p)
        }
        return seeds
    }

    public static func export(_ examples: [Example]) -> [[UInt8]] {
        let texts = (HostileText.samples.filter { $0.utf8.count < 300 } + sentences(examples, limit: 10)).map(bytes)
        var seeds: [[UInt8]] = []
        let svg = bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><g onclick=\"x()\"><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></g></svg>")
        for (k, t) in texts.enumerated() {
            var s: [UInt8] = t + [0] + (k % 3 == 0 ? svg : t) + [0]
            for f in 0..<120 { s += [UInt8((k + f) % 7)] + t + [0] }
            seeds.append(s)
        }
        return seeds
    }

    /// Writes `seeds` as files `seed-NNNN` into `directory`.
    public static func write(_ seeds: [[UInt8]], to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (k, seed) in seeds.enumerated() {
            let name = String(format: "seed-%04d", k)
            try Data(seed).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
    }
}
