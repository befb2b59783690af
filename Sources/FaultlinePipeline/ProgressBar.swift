import Foundation

/// A one-line progress display on standard error: documents done, rate, ETA.
///
/// It draws only when standard error is a terminal, so piped and CI runs stay quiet,
/// and redraws at most ten times a second so it costs nothing measurable.
public final class ProgressBar: @unchecked Sendable {
    private let total: Int?
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var done = 0
    private let lock = NSLock()

    public init(label: String, total: Int?, enabled: Bool = ProgressBar.isTerminal) {
        self.label = label; self.total = total; self.enabled = enabled
    }

    public static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    public func advance(by n: Int = 1) {
        lock.lock(); defer { lock.unlock() }
        done += n
        guard enabled else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) < 0.1 { return }
        lastDraw = now
        draw(now: now)
    }

    public func finish() {
        lock.lock(); defer { lock.unlock() }
        guard enabled else { return }
        draw(now: Date())
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// The line that would be drawn (exposed for tests).
    public func line(now: Date = Date()) -> String {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var s = "\(label) \(done)"
        if let total, total > 0 {
            let frac = min(1, Double(done) / Double(total))
            let width = 24
            let filled = Int(frac * Double(width))
            s = "\(label) [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                + "] \(done)/\(total)"
            if rate > 0, done < total {
                s += String(format: "  ETA %.0fs", Double(total - done) / rate)
            }
        }
        return s + String(format: "  %.1f docs/s", rate)
    }

    private func draw(now: Date) {
        FileHandle.standardError.write(Data(("\r" + line(now: now) + "\u{1B}[K").utf8))
    }
}
