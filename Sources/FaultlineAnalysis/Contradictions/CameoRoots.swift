import FaultlineModel

/// Short English labels of the twenty CAMEO root categories, for contradiction topics and
/// tables. Root names after the CAMEO codebook (Schrodt 2012), worded as plain nouns.
enum CameoRoots {
    static let labels: [String: String] = [
        "01": "public statements", "02": "appeals", "03": "pledges of cooperation", "04": "consultations",
        "05": "diplomatic cooperation", "06": "material cooperation", "07": "aid", "08": "concessions",
        "09": "investigations", "10": "demands", "11": "criticism", "12": "rejections", "13": "threats",
        "14": "protests", "15": "shows of force", "16": "reduced relations", "17": "coercion",
        "18": "assaults", "19": "fighting", "20": "mass violence",
    ]

    static func label(_ cameo: String) -> String {
        labels[EventCode.rootOf(cameo)] ?? "events"
    }
}
