import FaultlineModel

/// Short texts for labels and tooltips: article text is long and arbitrary, labels are not.
enum PictureText {
    /// `text` on one line (runs of whitespace collapsed), at most `limit` characters, with
    /// `…` when shortened.
    static func short(_ text: String, _ limit: Int) -> String {
        let flat = oneLine(text)
        guard flat.count > limit else { return flat }
        var kept = String(flat.prefix(max(1, limit - 1)))
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// Whitespace and line breaks collapsed to single spaces, ends trimmed; controls dropped.
    static func oneLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in DOTEscaping.sanitized(text) {
            if ch.isWhitespace || ch.isNewline {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }

    /// `text` broken into lines of at most `width` characters at spaces (long words are
    /// cut), at most `maxLines` lines, the last one ending in `…` when text was left out.
    static func wrapped(_ text: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in oneLine(text).split(separator: " ") {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = short(lines[maxLines - 1] + " …", width)
            if !lines[maxLines - 1].hasSuffix("…") { lines[maxLines - 1] += "…" }
        }
        return lines
    }

    /// `+1.0`, `-10.0`, `0.0`.
    static func signed(_ value: Double) -> String {
        let text = DOTValue.format(abs(value), digits: 1)
        let shown = text.contains(".") ? text : text + ".0"
        if value > 0.05 { return "+" + shown }
        if value < -0.05 { return "-" + shown }
        return "0.0"
    }

    /// `2016-12-14 (dawn)` or `undated`, from an event date.
    static func dateText(_ date: EventDate, timeOfDay: TimeOfDay? = nil) -> String {
        var text = date.value ?? "undated"
        if let timeOfDay { text += " (\(timeOfDay.rawValue))" }
        return text
    }
}
