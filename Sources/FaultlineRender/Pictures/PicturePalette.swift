import Foundation

/// Colours and font of Faultline's pictures.
///
/// Quad classes use the Okabe–Ito palette, distinguishable with the common forms of colour
/// blindness: cooperation in blues, conflict in orange/vermillion, the verbal variant
/// lighter than the material one. The cooperation–conflict scale of the actor graph is the
/// ColorBrewer RdBu diverging scheme (red conflict, grey neutral, blue cooperation).
public enum PicturePalette {
    /// A font list Graphviz passes on to SVG (`font-family`) and to pango for PNG/PDF.
    public static let font = "Helvetica,Arial,sans-serif"

    /// Fill colour of an event of quad class 1…4 (grey for anything else).
    public static func quadFill(_ quad: Int) -> String {
        switch quad {
        case 1: return "#56B4E9"
        case 2: return "#0072B2"
        case 3: return "#E69F00"
        case 4: return "#D55E00"
        default: return "#BBBBBB"
        }
    }

    /// Text colour readable on `quadFill(quad)`.
    public static func quadText(_ quad: Int) -> String {
        quad == 2 || quad == 4 ? "#FFFFFF" : "#000000"
    }

    /// The quad class in words.
    public static func quadName(_ quad: Int) -> String {
        switch quad {
        case 1: return "verbal cooperation"
        case 2: return "material cooperation"
        case 3: return "verbal conflict"
        case 4: return "material conflict"
        default: return "unclassified"
        }
    }

    /// Contradiction edges.
    public static let contradiction = "#C00000"
    /// Claim → event edges.
    public static let claim = "#555555"
    /// Claim nodes.
    public static let claimFill = "#F4F4F4"
    /// Axis labels and neutral lines.
    public static let axis = "#333333"
    /// Lane and cluster frames.
    public static let laneBorder = "#BBBBBB"
    /// Lane and cluster backgrounds.
    public static let laneFill = "#FAFAFA"

    private static let conflictEnd: (Double, Double, Double) = (0xB2, 0x18, 0x2B)
    private static let neutral: (Double, Double, Double) = (0x99, 0x99, 0x99)
    private static let cooperationEnd: (Double, Double, Double) = (0x21, 0x66, 0xAC)

    /// Colour of a mean Goldstein score (−10 conflict … +10 cooperation) on the red–grey–blue scale.
    public static func goldstein(_ score: Double) -> String {
        let t = max(-1, min(1, score.isFinite ? score / 10 : 0))
        let end = t < 0 ? conflictEnd : cooperationEnd
        let f = abs(t)
        func channel(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * f).rounded()) }
        return String(format: "#%02X%02X%02X", channel(neutral.0, end.0), channel(neutral.1, end.1), channel(neutral.2, end.2))
    }
}
