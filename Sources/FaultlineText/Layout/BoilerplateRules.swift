/// Phrase lists for layout analysis, as data: site furniture to drop, caption credits,
/// sign-off openers, section names. Each entry is written naturally and compared token by
/// token through `Folding.key`, so case and old/new tone placement do not matter
/// (`Từ khoá` matches `từ khóa`). Punctuation in an entry is significant (`Tags :` needs
/// the colon), which keeps `Chia sẻ với phóng viên, ông …` from matching `Chia sẻ :`.
///
/// The general rules that use these lists live in `LayoutClassifier`; adding a site's
/// furniture or another language means adding lines here.
enum BoilerplateRules {
    /// A line that is exactly one of these (ignoring trailing punctuation) is dropped.
    static let wholeLines: [String] = [
        // Vietnamese
        "Chia sẻ", "Chia sẻ bài viết", "Chia sẻ bài viết lên facebook", "Chia sẻ Facebook", "Bình luận",
        "Gửi bình luận", "Ý kiến bạn đọc", "In bài", "In bài viết", "Gửi bài", "Lưu", "Lưu bài viết",
        "Trang chủ", "Tìm kiếm", "Đăng nhập", "Đăng ký", "Quảng cáo", "Xem thêm", "Đọc thêm",
        "Xem tiếp", "Đang tải", "Tin liên quan", "Bài liên quan", "Tin cùng chuyên mục",
        "Bài viết liên quan", "Tin mới", "Tin mới nhất", "Đọc nhiều", "Xem nhiều", "Tin nổi bật",
        "Từ khóa", "Chủ đề", "Về đầu trang", "Lên đầu trang", "Sao chép liên kết", "Theo dõi",
        "Ảnh", "Video", "Clip", "Nguồn",
        // English
        "Share", "Share this", "Share this article", "Share this story", "Share on Facebook",
        "Share on Twitter", "Tweet", "Email", "Print", "Comments", "Comment", "Facebook", "Twitter",
        "WhatsApp", "LinkedIn", "Zalo", "Copy link", "Copy link to clipboard", "Home", "Menu",
        "Search", "Back to top", "Skip to content", "Skip to main content", "Sign in", "Log in",
        "Subscribe", "Sign up", "Newsletter", "Advertisement", "Advertising", "Sponsored",
        "Read more", "Continue reading", "Loading", "Related", "Related articles",
        "Related stories", "Related coverage", "Related content", "More from", "Most read",
        "Most popular", "Latest news", "Trending", "Top stories", "Tags", "Topics", "Photo",
        "Photos", "Watch", "Listen", "Close", "Accept", "Accept all", "Reject all",
    ]

    /// A line starting with one of these (and at most `LayoutClassifier.boilerplateMaxWords`
    /// words long) is dropped.
    static let linePrefixes: [String] = [
        // Vietnamese
        "Chia sẻ :", "Tags :", "Tag :", "Từ khóa :", "Chủ đề :", "Các đơn vị thông tin của",
        "Bản quyền", "Giấy phép", "Tổng biên tập", "Phó tổng biên tập", "Cơ quan chủ quản",
        "Chịu trách nhiệm xuất bản", "Địa chỉ :", "Điện thoại :", "Đường dây nóng", "Hotline",
        "Liên hệ quảng cáo", "Ghi rõ nguồn", "Không được sao chép", "Theo dõi chúng tôi",
        "Theo dõi chúng tôi trên", "Đăng ký nhận", "Tải ứng dụng", "Bấm vào đây", "Nhấn vào đây",
        "Chúng tôi sử dụng cookie", "Trang web này sử dụng cookie", "Website sử dụng cookie",
        "Trình duyệt của bạn không hỗ trợ", "Mời quý độc giả", "Mời bạn đọc", "Độc giả có thể gửi",
        "Xem video :",
        // English
        "Share this", "Share :", "Share via", "Share on", "Tags :", "Topics :", "Keywords :", "Copyright", "©", "( c )",
        "All rights reserved", "Follow us", "Sign up for", "Subscribe to", "Subscribe now",
        "Get the latest", "Download the app", "We use cookies", "This site uses cookies",
        "This website uses cookies", "By continuing to", "By using this site", "Cookie policy",
        "Accept cookies", "Our Standards :", "Click here", "Your browser does not support",
        "Please enable JavaScript", "Tel :", "Fax :", "Email :", "E-mail :", "Watch :",
        "Advertisement", "Sponsored content",
    ]

    /// Weekday names: a short line opening with one and holding a date (`Thứ Năm,
    /// 15/12/2016 - 10:30`, `Monday 5 June 2023 09.00 BST`) is a page's date stamp.
    static let weekdays: [String] = [
        "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// Month and weekday names and their abbreviations, clock and time-zone words: a line of
    /// a name and these is an author-and-date stamp (`Claire Morgan Tue 16 Aug 2022 17.30 EDT`).
    static let dateWords: [String] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        "Sun", "AM", "PM", "a.m.", "p.m.", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST",
        "EDT", "CST", "CDT", "PST", "PDT", "MSK", "ICT", "updated", "ago", "hours", "hour",
        "minutes", "min", "mins", "tháng", "ngày", "lúc", "giờ", "phút",
    ]

    /// Verbs of a bracketed credit note at the end of a story (`(Claire Morgan reported from
    /// London.)`, `(Additional writing by …)`).
    static let creditVerbs: [String] = [
        "reported", "reporting", "contributed", "writing", "editing", "edited", "compiled", "written",
    ]

    /// Openers of a page's time stamp line (`Cập nhật: 14/12/2016 10:30`).
    static let timestampOpeners: [String] = [
        "Cập nhật :", "Cập nhật lúc", "Đăng lúc", "Ngày đăng :", "Thời gian đăng :",
        "Updated :", "Published :", "Last updated :", "Posted :", "Updated", "Published", "Posted",
    ]

    /// Section names of news sites: a line made mostly of these, without sentence
    /// punctuation, is a category menu.
    static let sectionNames: [String] = [
        // Vietnamese
        "Thời sự", "Thế giới", "Kinh doanh", "Kinh tế", "Giải trí", "Thể thao", "Pháp luật",
        "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Khoa học", "Công nghệ", "Số hóa", "Xe",
        "Ô tô", "Xe máy", "Bất động sản", "Văn hóa", "Xã hội", "Chính trị", "Quân sự", "Quốc phòng",
        "An ninh", "Tài chính", "Chứng khoán", "Doanh nghiệp", "Sản phẩm", "Dịch vụ",
        "Thông cáo báo chí", "Rao vặt", "Tuyển dụng", "Quảng cáo", "Liên hệ", "Giới thiệu",
        "Góc nhìn", "Ý kiến", "Bạn đọc", "Tâm sự", "Cười", "Video", "Ảnh", "Podcast", "Infographic",
        "Emagazine", "Multimedia", "Media", "Tin tức", "Tin nóng", "Tin mới", "Mới nhất", "Trang chủ",
        "English", "Sự kiện", "Phóng sự", "Điều tra", "Chuyên đề", "Bình luận", "Phân tích",
        "Hồ sơ", "Tư liệu", "Thị trường", "Nhà đất", "Môi trường", "Việc làm", "Giao thông",
        "Đô thị", "Nông nghiệp", "Quốc tế", "Trong nước", "Tin ảnh", "Tiêu điểm", "Nhịp sống",
        "Gia đình", "Ẩm thực", "Thời trang", "Âm nhạc", "Điện ảnh", "Sách", "Tôn giáo",
        // English
        "Home", "News", "World", "Business", "Markets", "Politics", "Opinion", "Sport", "Sports",
        "Tech", "Technology", "Science", "Health", "Entertainment", "Arts", "Culture", "Lifestyle",
        "Travel", "Style", "Food", "Video", "Videos", "Photos", "Podcasts", "Weather", "Money",
        "Economy", "Climate", "Education", "Live", "Latest", "More", "Sections", "Newsletters",
        "Subscribe", "Sign in", "Log in", "Search", "Menu", "Contact", "Contact us", "About us",
        "Careers", "Advertise", "Privacy policy", "Terms of use", "Terms of service",
        "Cookie policy", "Help", "Investigations", "Features", "Analysis", "Obituaries", "Books",
    ]

    /// Labels in front of a related-article headline (`Xem thêm: <headline>`): the line is a
    /// teaser with the label removed.
    static let teaserLabels: [String] = [
        "Xem thêm :", "Đọc thêm :", "Tin liên quan :", "Bài liên quan :", "Xem tiếp :",
        "Read more :", "Related :", "See also :", "Also read :", "Read also :", "Recommended :",
        "More :", ">>",
    ]

    /// Markers that open the credit at the end of a photo caption (`… ngày 13/12. Ảnh: AFP`).
    static let captionCreditMarkers: [String] = [
        "Ảnh :", "Ảnh minh họa", "Ảnh tư liệu", "Ảnh chụp màn hình", "Nguồn ảnh :", "Ảnh nguồn :",
        "Đồ họa :", "Video :", "Clip :", "Ảnh cắt từ video",
        "Photo :", "Photos :", "Photograph :", "Photo by", "Photo credit :", "Picture :",
        "Image :", "Credit :", "File photo", "Pictured :",
    ]

    /// A trailing parenthesis containing one of these is a photo credit (`(AP Photo/X)`, `(Reuters photo)`).
    static let photoWords: [String] = ["ảnh", "photo", "photos", "photograph", "picture", "image", "file", "illustration"]

    /// Agencies whose all-caps name opens an English caption credit (`REUTERS/Omar Sanadiki`).
    static let captionAgencies: [String] = [
        "REUTERS", "AFP", "AP", "EPA", "GETTY", "XINHUA", "ANADOLU", "SPUTNIK", "TASS", "UPI",
        "ANSA", "KYODO", "YONHAP", "BLOOMBERG", "BERNAMA", "ANTARA", "IRNA", "SANA", "WAFA",
    ]

    /// Phrases that open a sign-off line (credits after the story).
    static let signoffPrefixes: [String] = [
        "Reporting by", "Additional reporting by", "Writing by", "Written by", "Editing by",
        "Compiled by", "Edited by", "( Reporting by", "( Additional reporting by",
        "( Writing by", "( Editing by", "With reporting by", "Nguồn :", "Source :", "Sources :",
        "Tổng hợp", "Biên dịch", "Lược dịch", "Dịch :", "Bài và ảnh :",
    ]

    /// Phrases that make a line a sign-off wherever they occur in it.
    static let signoffPhrases: [String] = [
        "contributed to this report", "contributed reporting", "contributed to this story",
        "contributed to this article",
    ]

    /// Lowercase words allowed between `Theo` and the outlet's name (`Theo báo Nhân Dân`).
    static let outletWords: [String] = ["báo", "hãng", "tin", "trang", "đài", "tạp", "chí", "kênh", "the"]

    /// Lowercase words allowed in a credit line otherwise made of names (`Minh Anh và Thu Hà`).
    static let creditConnectors: [String] = [
        "và", "theo", "tổng", "hợp", "t/h", "lược", "dịch", "and", "by", "of", "from", "in", "with",
        "de", "al", "bin", "van", "von", "la", "le",
    ]
}
