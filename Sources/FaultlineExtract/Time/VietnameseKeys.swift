import FaultlineText

/// Matching keys (`Folding.key`) of the Vietnamese function words the rules test directly.
///
/// Content words (months, parts of day, relative words) live in `vi/time.tsv`; these are
/// the grammatical frame of a date (`ngày … tháng … năm …`), which the rules spell out.
enum VK {
    static let ngay = Folding.key("ngày")
    static let hom = Folding.key("hôm")
    static let thang = Folding.key("tháng")
    static let nam = Folding.key("năm")
    static let tuan = Folding.key("tuần")
    static let quy = Folding.key("quý")
    static let luc = Folding.key("lúc")
    static let vao = Folding.key("vào")
    static let buoi = Folding.key("buổi")
    static let gio = Folding.key("giờ")
    static let phut = Folding.key("phút")
    static let thu = Folding.key("thứ")
    static let nhung = Folding.key("những")
    static let mung = Folding.key("mùng")
    static let mong = Folding.key("mồng")
    static let it = Folding.key("ít")
    static let nhat = Folding.key("nhất")
    static let trong = Folding.key("trong")
    /// `hôm`, `ngày`, `buổi`: built once (an array literal of these keys at the call site was
    /// allocated at every test).
    static let homNgayBuoi = [hom, ngay, buoi]
    /// `chủ` (`chủ nhật`, Sunday) and `giêng` (`tháng giêng`, the first lunar month), folded
    /// once rather than at every rule call.
    static let chu = Folding.key("chủ")
    static let gieng = Folding.key("giêng")
    static let theKy = [Folding.key("thế"), Folding.key("kỷ")]
    static let theKyAlt = [Folding.key("thế"), Folding.key("kỉ")]
    static let thapNien = [Folding.key("thập"), Folding.key("niên")]
    static let thapKy = [Folding.key("thập"), Folding.key("kỷ")]
    /// Key hashes of the first words of decades and centuries (`thập niên`, `thập kỷ`,
    /// `những năm`, `thế kỷ`).
    static let decadeOrCenturyHeads: Set<UInt64> = Set([thapNien[0], thapKy[0], nhung, theKy[0], theKyAlt[0]].map { Token.hash(key: $0) })
    static let vuaQua = [Folding.key("vừa"), Folding.key("qua")]
    static let toi = Folding.key("tới")
    static let sapToi = [Folding.key("sắp"), Folding.key("tới")]
    static let nay = Folding.key("này")
    /// `hồi` before a date marks the past (`hồi tháng 3` = back in March).
    static let hoi = Folding.key("hồi")
}

/// A matching key with its `Token.hash(key:)`, for `TimexScanner.isKey(_:_:)`: a token is
/// compared by hash first and by key only on a hash hit. Two different Vietnamese keys are
/// compared through Unicode normalisation (a few hundred instructions), and the date rules
/// test the frame words of `VK` at most candidate tokens, where nearly every test fails.
struct HashedKey: Sendable {
    let key: String
    let hash: UInt64

    init(_ key: String) {
        self.key = key
        self.hash = Token.hash(key: key)
    }
}

/// The `VK` keys the rules test most often, hashed once (`HashedKey`).
enum HK {
    static let ngay = HashedKey(VK.ngay)
    static let hom = HashedKey(VK.hom)
    static let thang = HashedKey(VK.thang)
    static let nam = HashedKey(VK.nam)
    static let tuan = HashedKey(VK.tuan)
    static let quy = HashedKey(VK.quy)
    static let luc = HashedKey(VK.luc)
    static let vao = HashedKey(VK.vao)
    static let gio = HashedKey(VK.gio)
    static let phut = HashedKey(VK.phut)
    static let thu = HashedKey(VK.thu)
    static let mung = HashedKey(VK.mung)
    static let mong = HashedKey(VK.mong)
    static let it = HashedKey(VK.it)
    static let nhat = HashedKey(VK.nhat)
    static let chu = HashedKey(VK.chu)
    static let gieng = HashedKey(VK.gieng)
    static let vua = HashedKey(VK.vuaQua[0])
    static let qua = HashedKey(VK.vuaQua[1])
    static let sap = HashedKey(VK.sapToi[0])
    static let toi = HashedKey(VK.toi)
    static let nay = HashedKey(VK.nay)
    static let hoi = HashedKey(VK.hoi)
}
