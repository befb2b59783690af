import Foundation
import FaultlineModel
import FaultlineText
import FuzzHarness

/// The workload `scripts/scaling.sh` times: reads inputs the way the pipeline does and
/// prints what it found, so that time and peak memory can be compared across input sizes.
///
///     FuzzBench ingest INPUT…            streaming ingestion (documents are not kept)
///     FuzzBench extract INPUT…           ingestion + per-document extraction
///     FuzzBench --max-document-bytes N … a different size limit
///     FuzzBench --digest …               also print a hash of every document's text,
///                                        metadata and sentences (to compare builds)
///     FuzzBench --peak-memory …          also print the process's peak resident memory
@main
enum FuzzBench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var options = IngestOptions()
        if let k = arguments.firstIndex(of: "--max-document-bytes"), k + 1 < arguments.count, let n = Int(arguments[k + 1]) {
            options.maxDocumentBytes = n
            arguments.removeSubrange(k...(k + 1))
        }
        let digest = arguments.contains("--digest")
        arguments.removeAll { $0 == "--digest" }
        let peak = arguments.contains("--peak-memory")
        arguments.removeAll { $0 == "--peak-memory" }
        var hash = DocumentDigest()
        guard let stage = arguments.first, ["ingest", "extract"].contains(stage), arguments.count >= 2 else {
            print("usage: FuzzBench ingest|extract [--max-document-bytes N] INPUT…")
            exit(2)
        }
        var ingestor = Ingestor(options: options)
        var documents = 0, sentences = 0, bytes = 0, errors = 0, warnings = 0, extracted = 0
        let start = Date()
        ingestor.read(Array(arguments.dropFirst())) { item in
            switch item {
            case .document(let d):
                documents += 1
                sentences += d.sentences.count
                bytes += d.text.utf8.count
                if digest { hash.add(d) }
                if stage == "extract" { extracted += BenchExtraction.run(d) }
            case .issue(let e):
                if e.severity == .error { errors += 1 } else { warnings += 1 }
                if errors + warnings <= 5 { FileHandle.standardError.write(Data("\(e)\n".utf8)) }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("\(stage): documents=\(documents) sentences=\(sentences) text_bytes=\(bytes) extracted=\(extracted) errors=\(errors) warnings=\(warnings) seconds=\(String(format: "%.3f", seconds))")
        if peak {
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            print("peak_rss_kb: \(usage.ru_maxrss)")  // KiB on Linux
        }
        if digest { print("digest: \(String(hash.value, radix: 16))") }
        exit(errors == 0 ? 0 : 1)
    }
}

/// FNV-1a over everything ingestion decides about a document, so two builds can be shown
/// to read a large input identically without keeping the documents.
struct DocumentDigest {
    var value: UInt64 = 0xcbf29ce484222325

    mutating func add(_ text: String) {
        for b in text.utf8 { value = (value ^ UInt64(b)) &* 0x100000001b3 }
        value = (value ^ 0xFF) &* 0x100000001b3  // a byte UTF-8 never holds ends each field
    }

    mutating func add(_ d: Document) {
        for field in [d.id, d.title, d.text, d.language, d.published ?? "-", d.source ?? "-", d.url ?? "-", d.origin] {
            add(field)
        }
        for s in d.sentences { add("\(s.index) \(s.paragraph) \(s.role.rawValue)"); add(s.text) }
    }
}
