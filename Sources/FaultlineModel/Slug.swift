import Foundation

/// Stable ids from names: `Sergei Lavrov` → `sergei-lavrov`, `Thổ Nhĩ Kỳ` → `tho-nhi-ky`.
///
/// Ids are derived from content, never from hash order, so runs are reproducible.
public enum Slug {
    public static func make(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(v) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(Unicode.Scalar(v + 32)!)
            } else if v == 0x0110 || v == 0x0111 || v == 0x00D0 {   // Đ đ Ð
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append("d")
            } else if (0x0300...0x036F).contains(v) {
                continue                                              // combining marks
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "x" : out
    }
}

