import Foundation
import CGraphviz

/// Collects what Graphviz reports through `agerr` while one render runs.
///
/// Graphviz hands its messages to the function installed with `agseterrf` in pieces
/// (`"Error"`, `": "`, `"syntax error in line 3 near '}'\n"`); they are joined here and
/// split into lines when drained. The buffer is global because the callback is a C
/// function pointer without context; it is only touched while `GraphvizRenderer` holds
/// its lock, between `begin()` and `end()`.
struct GraphvizMessages {
    nonisolated(unsafe) private static var buffer = ""
    nonisolated(unsafe) private static var previous: agusererrf?

    /// Routes Graphviz's messages (warnings and errors) into a fresh buffer.
    static func begin() -> GraphvizMessages {
        buffer = ""
        previous = agseterrf { text in
            if let text { GraphvizMessages.buffer += String(cString: text) }
            return 0
        }
        _ = agseterr(AGWARN)
        _ = agreseterrors()
        return GraphvizMessages()
    }

    /// Restores the previous message handler.
    static func end() {
        _ = agseterrf(previous)
        previous = nil
        buffer = ""
    }

    /// The messages written since `begin()` or the last drain, one per line, then empties the buffer.
    func drain() -> [String] {
        let text = GraphvizMessages.buffer
        GraphvizMessages.buffer = ""
        var lines: [String] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { lines.append(trimmed) }
        }
        return lines
    }
}
