/**
 * Office vocabulary: the words that start a title, the lower-case words a title may contain,
 * the words that end one, and what is not an office at all (ranks, degrees).
 */
import { phraseIndex, wordSet } from "./phrases.ts";

// Acting in a post ("Quyền Chủ tịch UBND tỉnh", "Quyền Giám đốc Sở …") is holding it, as written.
const ACTING_HEADS = ["Chủ tịch", "Giám đốc", "Tổng Giám đốc", "Bí thư", "Trưởng ban", "Chánh Văn phòng", "Chánh án", "Chủ nhiệm",
  "Bộ trưởng", "Viện trưởng", "Cục trưởng", "Vụ trưởng", "Hiệu trưởng", "Trưởng"].map((head) => `Quyền ${head}`);

/** Words that start an office title (matched case-insensitively, written capitalized in text). */
export const OFFICE_HEAD_PHRASES: readonly string[] = [
  ...ACTING_HEADS,
  "Tổng Bí thư", "Bí thư", "Phó Bí thư", "Bí thư thứ nhất", "Thường trực Ban Bí thư",
  "Chủ tịch", "Phó Chủ tịch", "Thủ tướng", "Phó Thủ tướng",
  "Ủy viên", "Ủy viên dự khuyết", "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Quận ủy viên", "Thị ủy viên", "Đảng ủy viên", "Chi ủy viên",
  "Trưởng", "Phó Trưởng", "Trưởng ban", "Phó trưởng ban", "Trưởng đoàn", "Phó Trưởng đoàn", "Phó trưởng đoàn",
  // The heads of a village branch of a mass organisation and of a team ("Chi hội trưởng Chi hội Nông
  // dân thôn …", "Tổ trưởng Tổ công nghệ số cộng đồng").
  "Chi hội trưởng", "Chi hội phó", "Tổ trưởng", "Tổ phó",
  // The head of an exam site ("Thầy X, Trưởng điểm thi, báo cáo …").
  "Trưởng điểm thi", "Phó Trưởng điểm thi",
  // A mine's or factory's workshop foreman ("Quản đốc Phân xưởng Cơ điện").
  "Quản đốc", "Phó Quản đốc",
  // A newspaper's editor ("Phó Tổng Biên tập Báo Sức khỏe và Đời sống").
  "Tổng Biên tập", "Phó Tổng Biên tập",
  "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc",
  // A company's chief executive ("Giám đốc điều hành Công ty Brandt Engineering"), its directors of a
  // function ("ông X, Giám đốc nhân sự, Bí thư Chi bộ Công ty"), a production team's head.
  "Giám đốc điều hành", "Tổng Giám đốc điều hành", "Giám đốc quốc gia",
  "Giám đốc nhân sự", "Giám đốc tài chính", "Giám đốc kinh doanh", "Giám đốc sản xuất", "Giám đốc kỹ thuật", "Tổ trưởng sản xuất",
  "Chánh", "Phó Chánh", "Chánh án", "Phó Chánh án", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chánh Thanh tra",
  "Chủ nhiệm", "Phó Chủ nhiệm", "Bộ trưởng", "Thứ trưởng", "Viện trưởng", "Phó Viện trưởng",
  "Tổng cục trưởng", "Phó Tổng cục trưởng", "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Hiệu trưởng", "Phó Hiệu trưởng",
  "Chi cục trưởng", "Phó Chi cục trưởng",
  // The heads of a forest ranger or dyke unit, of a station and of a team ("Hạt trưởng Hạt Kiểm lâm …",
  // "Trạm trưởng Trạm Y tế xã", "Đội trưởng Đội Quản lý thị trường số 3").
  "Hạt trưởng", "Phó Hạt trưởng", "Trạm trưởng", "Phó Trạm trưởng", "Đội trưởng", "Phó Đội trưởng",
  // A shop's manager ("Bà X, Cửa hàng trưởng khẳng định …"); a prison's governor ("Giám thị Trại giam số 6").
  "Cửa hàng trưởng", "Cửa hàng phó", "Giám thị", "Phó Giám thị",
  "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy", "Chỉ huy trưởng", "Phó Chỉ huy trưởng",
  "Đại biểu Quốc hội", "Đại biểu Hội đồng nhân dân", "Đại biểu HĐND", "Tổng Thư ký", "Phó Tổng Thư ký", "Thư ký", "Tổng Kiểm toán", "Phó Tổng Kiểm toán", "Kiểm toán trưởng", "Phó Kiểm toán trưởng", "Tổng Thanh tra", "Phó Tổng Thanh tra", "Đại sứ",
  "UVTW", "UVTƯ", "UVT.Ư", "UVBCT", "UVTV", "UVBTV", "UV", "ĐBQH",
  // A member of the provincial or district Party committee, as the Phú Thọ paper writes it ("X - TUV, Phó Chủ tịch UBND tỉnh").
  "TUV", "HUV",
  // The portals' shorthand ("PBT TT TU", "CT HĐND tỉnh", "TB Tổ chức TU", "PGĐ Sở Y tế").
  "PBT", "CT", "PCT", "TB", "PTB", "GĐ", "PGĐ",
  // A member of a steering committee ("các đồng chí Thành viên Ban Chỉ đạo: …").
  "Thành viên",
  // The title the ministry gives to those who spread reading ("Đại sứ Văn hóa đọc"), no envoy.
  "Đại sứ Văn hóa đọc",
  // The central bank's governor; a border post's commander; a military region's chief of staff.
  "Thống đốc", "Phó Thống đốc", "Đồn trưởng", "Chính trị viên", "Tham mưu trưởng", "Phó Tham mưu trưởng",
  // The army's chief of the general staff.
  "Tổng Tham mưu trưởng", "Phó Tổng Tham mưu trưởng",
  // A Lao province's governor ("Tỉnh trưởng tỉnh Hủa-phăn"); a foreign city's mayor ("Thị trưởng
  // thành phố Bách Sắc"); a Cambodian commune's chief ("Xã trưởng xã Kaam Samnar").
  "Tỉnh trưởng", "Phó Tỉnh trưởng", "Thị trưởng", "Phó Thị trưởng", "Huyện trưởng", "Phó Huyện trưởng", "Xã trưởng", "Phó Xã trưởng",
  // Diplomats posted to Vietnam or abroad ("Tổng Lãnh sự Nhật Bản tại Đà Nẵng", "Tham tán Công sứ").
  "Tổng Lãnh sự", "Phó Tổng Lãnh sự", "Lãnh sự", "Tham tán Công sứ", "Tham tán",
  // A commune's militia commander ("nguyên Xã đội trưởng xã An Xuân").
  "Xã đội trưởng", "Xã đội phó",
  // Posts of the Buddhist Sangha ("Phó Pháp chủ Hội đồng Chứng minh …", "Chánh Thư ký Ban Trị sự …"), of the
  // Protestant churches ("Phó Hội trưởng Tổng Liên hội Hội thánh Tin Lành Việt Nam (miền Nam)") and
  // of a Catholic diocese ("Giám mục Giáo phận Phát Diệm", "Tổng Đại diện Giáo phận"; "Giám mục" alone
  // is a rank, like "Linh mục").
  "Pháp chủ", "Phó Pháp chủ", "Hội trưởng", "Phó Hội trưởng", "Chánh Thư ký", "Phó Chánh Thư ký", "Giám mục Giáo phận", "Tổng Giám mục Tổng Giáo phận", "Tổng Đại diện",
  // Militia platoons' and companies' commanders ("Trung đội trưởng Trung đội dân quân cơ động xã").
  "Trung đội trưởng", "Phó Trung đội trưởng", "Đại đội trưởng", "Tiểu đội trưởng",
  // Commanders of army units numbered ("Lữ đoàn trưởng Lữ đoàn 146").
  "Lữ đoàn trưởng", "Phó Lữ đoàn trưởng", "Sư đoàn trưởng", "Phó Sư đoàn trưởng", "Trung đoàn trưởng", "Phó Trung đoàn trưởng",
  "Tiểu đoàn trưởng", "Phó Tiểu đoàn trưởng", "Phó Đại đội trưởng",
  "Hải đoàn trưởng", "Phó Hải đoàn trưởng", "Hải đội trưởng", "Phó Hải đội trưởng",
  // An enterprise's or a board's chief accountant ("nguyên Kế toán trưởng Ban Quản lý dự án …").
  "Kế toán trưởng",
  // A judge of a court, a procurator of a procuracy, an enforcer of judgments ("Thẩm phán Tòa án nhân
  // dân tối cao", "Chấp hành viên Phòng Thi hành án dân sự khu vực 5"); an investigator, a court's
  // mediator, a legal aid officer ("Hòa giải viên tại Tòa án", "Trợ giúp viên pháp lý của Trung tâm").
  "Thẩm phán", "Kiểm sát viên", "Chấp hành viên", "Điều tra viên", "Thẩm tra viên", "Hòa giải viên tại Tòa án", "Hòa giải viên", "Trợ giúp viên pháp lý",
  // The abbot of a pagoda ("Thượng tọa Thích Quảng Tâm, trụ trì chùa Thiên Trù").
  "Trụ trì",
];
export const OFFICE_HEADS = phraseIndex(OFFICE_HEAD_PHRASES);

/** Lower-case words and phrases that belong inside a title ("Chủ tịch Ủy ban nhân dân tỉnh"). */
export const OFFICE_INNER = phraseIndex([
  "tỉnh", "huyện", "thành phố", "thị xã", "thị trấn", "xã", "phường", "đặc khu", "quận", "nước", "nhân dân",
  "thứ nhất", "thứ hai", "thứ ba", "thường trực", "thường vụ", "yêu nước", "lần thứ", "khóa", "nông thôn",
  "ủy", "viên", "các cơ quan", "dự khuyết", "trung ương", "dân tộc thiểu số", "chiến binh", "thiểu số", "vận tải",
  "xã hội", "công nghệ cao", "công nghệ", "doanh nghiệp", "doanh nhân",
  // Faculties and boards of a university ("Trưởng khoa Y tế công cộng", "Ban Đào tạo và Công tác sinh viên").
  "công cộng", "sinh viên", "học sinh", "cơ sở",
  // Quality assurance ("Cục trưởng Cục Quản lý chất lượng"); the committee for the advancement of
  // women ("Trưởng Ban vì sự tiến bộ của phụ nữ tỉnh").
  "chất lượng", "vì sự tiến bộ của phụ nữ",
  // Judges' and procurators' grades ("Kiểm sát viên cao cấp Viện kiểm sát nhân dân tối cao").
  "cao cấp", "trung cấp", "sơ cấp",
  // Associations of young people ("Chủ tịch Hội Doanh nhân trẻ tỉnh").
  "trẻ",
  // A region's coordination council ("Chủ tịch Hội đồng điều phối vùng Đồng bằng sông Cửu Long").
  "điều phối vùng",
  // The elderly's association; associations of an ethnic community ("Hội Người cao tuổi phường", "Hội
  // Doanh nhân người Hoa thành phố").
  "cao tuổi", "người hoa", "người khmer", "người chăm",
  // "Trưởng Đoàn đại biểu Quốc hội tỉnh", "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh".
  "đại biểu", "chuyên trách",
  // Forest management boards ("Trưởng Ban Quản lý rừng phòng hộ Đa Nhim", "… rừng đặc dụng …").
  "rừng phòng hộ", "rừng đặc dụng",
  // Festivals' organising boards and the boards of relics and heritage sites ("Trưởng Ban Tổ chức lễ hội",
  // "Trưởng Ban Quản lý khu di tích đền Trần", "… Khu di tích và danh thắng Tây Thiên", "Chủ tịch Hội Di sản
  // văn hóa tỉnh", "Trưởng Ban Quản lý Di sản thế giới Vịnh Hạ Long - Yên Tử").
  "lễ hội", "khu di tích và danh thắng", "di tích và danh thắng", "khu di tích", "di tích", "danh thắng", "di sản văn hóa", "di sản", "văn hóa", "thế giới", "đền",
  // Lower-case words of management boards' names ("Ban Quản lý Khu du lịch Tam Chúc", "Ban Quản
  // lý dự án đầu tư xây dựng và phát triển quỹ đất huyện", "Ban Quản lý phố cổ"), and of institutes'
  // ("Viện Nghiên cứu phát triển kinh tế - xã hội").
  "du lịch", "phố cổ", "kinh tế - xã hội", "kinh tế", "công nghiệp", "dự án", "đầu tư", "xây dựng", "công trình", "dân dụng", "giao thông", "đường sắt",
  // The ministry's boards for irrigation works ("Giám đốc Ban Quản lý đầu tư và xây dựng thủy lợi 10"); housing
  // ("Cục trưởng Cục Quản lý nhà và thị trường bất động sản", "Tổng công ty Đầu tư phát triển nhà và đô thị", "Trưởng
  // Ban quản trị chung cư").
  "đầu tư và xây dựng", "thủy lợi", "nhà và thị trường bất động sản", "nhà và đô thị", "chung cư",
  // The provinces' boards for farm works, named after the former ministry ("Giám đốc Ban Quản lý dự án đầu tư
  // xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh"); dyke wardens ("Hạt trưởng Hạt Quản lý đê").
  "nông nghiệp và phát triển nông thôn", "đê điều", "đê",
  // Marine protected areas and bays, named after their islands ("Giám đốc Ban Quản lý Khu bảo tồn biển Cù Lao
  // Chàm", "Trưởng Ban Quản lý vịnh Nha Trang"); fishing communities' co-management groups ("Tổ trưởng Tổ cộng
  // đồng bảo vệ nguồn lợi thủy sản", "… đồng quản lý …"); a body of a continent ("Giám đốc Tổ chức Động vật châu Á");
  // the association for nature ("Chủ tịch Hội Bảo vệ thiên nhiên và Môi trường tỉnh").
  "bảo tồn biển", "vịnh", "thiên nhiên và môi trường", "thiên nhiên", "cộng đồng", "đồng quản lý", "bảo vệ nguồn lợi thủy sản", "nguồn lợi thủy sản", "châu á", "châu âu",
  // The Agent Orange victims' association ("Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh").
  "chất độc da cam/dioxin", "chất độc da cam", "da cam/dioxin",
  // The power projects' boards ("Giám đốc Ban Quản lý dự án các công trình điện miền Bắc", "… dự án điện 2").
  "công trình điện miền bắc", "công trình điện miền trung", "công trình điện miền nam", "dự án điện",
  // The amnesty council ("Chủ tịch Hội đồng tư vấn đặc xá Trung ương"); small businesses' and e-commerce
  // associations ("Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh", "Hiệp hội Thương mại điện tử Việt Nam"); a
  // neighbourhood's self-managed group ("Tổ trưởng Tổ nhân dân tự quản").
  "tư vấn đặc xá", "nhỏ và vừa", "điện tử", "tổ nhân dân tự quản", "nhân dân tự quản", "tự quản",
  // Extension services and the plant protection's quarantine ("Giám đốc Trung tâm khuyến nông tỉnh", "Trưởng
  // phòng Kiểm dịch thực vật"): not the verb "khuyến nghị", nor "thực hiện", a title runs into.
  "khuyến nông", "khuyến công", "khuyến học", "thực vật", "bảo vệ thực vật", "kiểm dịch thực vật",
  // Every province's council for teaching people the law ("Chủ tịch Hội đồng phối hợp PBGDPL tỉnh").
  "phối hợp phổ biến, giáo dục pháp luật", "phối hợp pbgdpl",
  // Unions and groups of app drivers ("Tổ trưởng Tổ công đoàn lái xe công nghệ", "Chủ tịch Công đoàn cơ sở lái xe
  // công nghệ phường", "Tổ trưởng Tổ tài xế tự quản").
  "công đoàn", "lái xe công nghệ", "tài xế công nghệ", "tài xế",
  // Heritage: the national council, relic boards and their sites ("Chủ tịch Hội đồng Di sản văn hóa quốc
  // gia", "Trưởng Ban Quản lý Quần thể danh thắng Tràng An", "… Khu di tích lịch sử văn hóa …", "Ban Quản
  // lý di tích và rừng quốc gia Yên Tử"); a city's urban railways ("Ban Quản lý đường sắt đô thị").
  "văn hóa quốc gia", "danh thắng", "di tích lịch sử văn hóa", "di tích và rừng quốc gia", "đường sắt đô thị",
  // Planning: the appraisal council, the national institute, the association ("Chủ tịch Hội đồng thẩm định",
  // "Viện Quy hoạch đô thị và nông thôn quốc gia", "Hội Quy hoạch phát triển đô thị Việt Nam").
  "thẩm định", "thẩm định quy hoạch", "đô thị và nông thôn", "phát triển đô thị",
  "dân dụng và công nghiệp",
  // The council that rates local products ("Chủ tịch Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh").
  "đánh giá, phân hạng sản phẩm ocop cấp tỉnh", "đánh giá, phân hạng sản phẩm ocop",
  // Schools by their levels, and the boarding schools of the border communes ("Hiệu trưởng Trường Phổ thông
  // nội trú liên cấp tiểu học và trung học cơ sở Sín Thầu"); the ministry's department for school
  // buildings ("Cục trưởng Cục Cơ sở vật chất").
  "tiểu học và trung học cơ sở", "và trung học cơ sở", "trung học cơ sở", "trung học phổ thông", "liên cấp", "nội trú", "bán trú", "vật chất",
  // A department's section for general schooling ("Trưởng phòng Giáo dục phổ thông").
  "phổ thông",
  "phát triển quỹ đất", "và phát triển quỹ đất",
  // The school a head teacher heads, as the school's own news writes it ("Hiệu trưởng nhà trường"); so the
  // hospital its director heads ("Phó Giám đốc bệnh viện").
  "nhà trường", "bệnh viện",
  // The zones a union or a board serves, written lower-case ("Chủ tịch Công đoàn các khu công nghiệp tỉnh").
  "khu công nghiệp", "khu kinh tế", "khu chế xuất", "cửa khẩu", "cảng cá",
  // Fishermen's unions ("Chủ tịch Nghiệp đoàn nghề cá xã"); the seafood exporters' association ("Hiệp
  // hội Chế biến và Xuất khẩu thủy sản Việt Nam").
  "nghề cá", "thủy sản",
  // A fund's or a cooperative's supervisory board ("Trưởng Ban kiểm soát").
  "kiểm soát",
  // Militia units ("Trung đội trưởng Trung đội dân quân cơ động xã"); an army's arms ("Tiểu đoàn bộ binh 3").
  "dân quân", "cơ động", "tự vệ", "bộ binh", "pháo binh", "công binh",
  // Hamlets and villages ("Trưởng ấp Phú Thọ B", "Bí thư Chi bộ thôn Hưng Nhơn").
  "thôn", "ấp", "bản", "khóm", "làng", "buôn", "plei", "bon", "xóm", "khu dân cư",
  // "Chủ tịch Ủy ban bầu cử xã".
  "bầu cử",
  // The congress's organising subcommittee ("Trưởng Tiểu ban Tổ chức phục vụ Đại hội"); bodies of the
  // Vietnamese abroad ("Chủ tịch Hiệp hội Doanh nhân Việt Nam ở nước ngoài").
  "phục vụ đại hội", "ở nước ngoài",
  // What a committee's work covers ("Ban Chỉ đạo … các dự án điện hạt nhân trên địa bàn tỉnh").
  "trên địa bàn",
  // Information technology ("Cục trưởng Cục Công nghệ thông tin", "Phòng Cơ yếu - Công nghệ thông tin"); the
  // weather service ("Giám đốc Đài Khí tượng thủy văn tỉnh", "Trung tâm Dự báo khí tượng thủy văn quốc gia").
  "công nghệ thông tin", "thủy văn", "khí tượng thủy văn",
  // The province's organising committee for its great days and its ceremonies ("Trưởng Ban Tổ chức các
  // ngày lễ lớn tỉnh", "Trưởng Ban Tổ chức lễ kỷ niệm").
  "ngày lễ lớn", "lễ kỷ niệm",
  // Urban neighbourhoods and their Front committee ("Trưởng Ban công tác Mặt trận khu phố"); "dân phố" goes on
  // after a capital ("Tổ trưởng Tổ dân phố").
  "khu phố", "tổ dân phố", "dân phố", "công tác mặt trận",
  // A Party committee of a provincial agency ("nguyên Bí thư Ban cán sự Đảng tỉnh", "Bí thư Ban cán
  // sự đảng UBND tỉnh").
  "cán sự", "cán sự đảng",
  // Every province's steering committee for grassroots democracy ("Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở
  // tỉnh"; since the 2022 law, "Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh").
  "thực hiện quy chế dân chủ ở cơ sở", "quy chế dân chủ ở cơ sở", "thực hiện dân chủ ở cơ sở", "dân chủ ở cơ sở",
  // "Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh" (lexicon/bodies.ts has it
  // written with a capital).
  "phòng, chống tham nhũng, lãng phí, tiêu cực", "phòng, chống tham nhũng, tiêu cực", "phòng, chống tham nhũng",
  // … and the province's or city's, named with "về" ("Trưởng Ban Chỉ đạo thành phố về phòng, chống tham nhũng, lãng phí, tiêu cực").
  "về phòng, chống tham nhũng, lãng phí, tiêu cực", "về phòng, chống tham nhũng, tiêu cực",
  // A science centre's name ("Phó Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ").
  "khoa học và công nghệ",
  // The police's investigation departments, by the crimes they investigate ("Trưởng phòng Cảnh sát điều
  // tra tội phạm về ma túy Công an tỉnh"); a drug rehabilitation centre ("Giám đốc Cơ sở cai nghiện ma túy số 1").
  "điều tra tội phạm về ma túy", "điều tra tội phạm về trật tự xã hội", "điều tra tội phạm về kinh tế",
  "điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", "điều tra tội phạm về môi trường",
  "điều tra tội phạm về trật tự quản lý kinh tế và chức vụ", "cai nghiện ma túy", "cai nghiện",
  "phòng chống tội phạm về môi trường", "phòng, chống tội phạm về môi trường",
  // The administrative police for social order, which keeps residence and identity records ("Cục trưởng Cục
  // Cảnh sát quản lý hành chính về trật tự xã hội", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội").
  "quản lý hành chính về trật tự xã hội",
  // "Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"; the fire police
  // and its teams ("Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh", "Đội
  // trưởng Đội Chữa cháy và cứu nạn, cứu hộ khu vực 1").
  "và phòng, chống tội phạm sử dụng công nghệ cao", "phòng cháy, chữa cháy và cứu nạn, cứu hộ", "và cứu nạn, cứu hộ",
  // The State steering committee for tourism ("Trưởng Ban Chỉ đạo Nhà nước về du lịch").
  "về du lịch",
  // The food safety steering committees and authority ("Trưởng Ban Chỉ đạo liên ngành về an toàn thực phẩm
  // tỉnh", "… liên ngành Trung ương về an toàn thực phẩm", "Cục trưởng Cục An toàn thực phẩm").
  "liên ngành", "về an toàn thực phẩm", "thực phẩm",
  // The national steering committee against illegal fishing ("Trưởng Ban Chỉ đạo quốc gia về chống khai thác IUU").
  "về chống khai thác IUU", "về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
  "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
  // "Phó Cục trưởng Cục Quản lý thị trường tỉnh", "Vụ trưởng Vụ Thị trường trong nước".
  "thị trường", "thị trường trong nước",
  // The National Assembly's committees ("Ủy ban Kinh tế của Quốc hội"); the regional academies
  // ("Học viện Chính trị khu vực I").
  "của quốc hội", "khu vực",
  // The tobacco and alcohol harm prevention fund and steering committees ("Giám đốc điều hành Quỹ Phòng,
  // chống tác hại của thuốc lá", "Trưởng Ban Chỉ đạo phòng, chống tác hại của thuốc lá tỉnh").
  "tác hại của thuốc lá", "tác hại của rượu, bia", "tác hại của rượu bia",
  // The state steering committee for key transport projects ("Trưởng Ban Chỉ đạo nhà nước các công trình, dự
  // án quan trọng quốc gia, trọng điểm ngành giao thông vận tải").
  "nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành giao thông vận tải",
  "nhà nước các công trình, dự án quan trọng quốc gia, trọng điểm ngành GTVT",
  // A bank's or company's branch ("Phó Giám đốc chi nhánh Ngân hàng Chính sách xã hội tỉnh"); the
  // supreme court and procuracy ("Phó Chánh án Tòa án nhân dân tối cao").
  "chi nhánh", "tối cao",
  // The high courts ("Chánh án TAND cấp cao tại TP Hồ Chí Minh"); immigration police ("Đồn Cảnh sát xuất nhập cảnh");
  // a festival's organisers ("Trưởng Ban Tổ chức Liên hoan phim"); a faculty's Youth Union ("Bí thư Liên chi đoàn").
  "cấp cao", "xuất nhập cảnh", "hoan phim", "chi đoàn",
  // A state company's board ("Chủ tịch Hội đồng thành viên Tổng công ty …").
  "thành viên",
  // "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh", "Giám đốc Khu di tích lịch sử Đền Hùng".
  "chuyển đổi số", "di tích lịch sử", "di tích", "lịch sử",
  // A fund's or a forest owner's managing board ("Chủ tịch Hội đồng quản lý Quỹ …"); a nature reserve
  // ("Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa").
  "quản lý", "bảo tồn thiên nhiên", "bảo tồn",
  // A fund's campaign committee ("Trưởng Ban vận động Quỹ “Vì người nghèo” tỉnh").
  "vận động",
  // The councils for defence and security education ("Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh");
  // a sector's trade union ("Chủ tịch Công đoàn ngành Giáo dục tỉnh").
  "quốc phòng và an ninh", "ngành",
  // Consumers' associations, the price steering committee, a market's board ("Chủ tịch Hội Bảo vệ quyền lợi
  // người tiêu dùng tỉnh", "Trưởng Ban Chỉ đạo điều hành giá tỉnh", "Trưởng Ban Quản lý chợ").
  "quyền lợi người tiêu dùng", "người tiêu dùng", "điều hành giá", "chợ",
  // "Cục trưởng Cục Dân quân tự vệ", "Giám đốc Nhà hát Nghệ thuật truyền thống tỉnh".
  "tự vệ", "truyền thống",
  // "Cục trưởng Cục Đổi mới sáng tạo", "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện".
  "sáng tạo", "giao dịch",
  // Councils that judge or advise ("Chủ tịch Hội đồng chung khảo", "Chủ nhiệm Hội đồng tư vấn về Dân chủ -
  // Pháp luật Ủy ban MTTQ Việt Nam tỉnh").
  "chung khảo", "sơ khảo", "giám khảo", "tư vấn", "tư vấn về",
  // "Giám đốc Vườn quốc gia U Minh Thượng", "Chủ tịch Hội đồng Giáo dục quốc gia".
  "quốc gia",
  // An ambassador's rank ("Đại sứ Đặc mệnh toàn quyền").
  "toàn quyền",
  // A university's council ("Chủ tịch Hội đồng trường Trường Đại học Quy Nhơn").
  "trường",
  // "Chỉ huy trưởng Ban Chỉ huy quân sự xã".
  "quân sự",
  // Companies and cooperatives ("Chủ tịch Hội đồng quản trị Công ty cổ phần …", "Giám đốc Hợp tác xã Dịch vụ nông nghiệp …").
  "quản trị", "cổ phần", "trách nhiệm hữu hạn", "nông nghiệp", "công nghệ số",
  // "Tổng Giám đốc Tổng công ty", "Tổng công ty Điện lực miền Trung": a company, a region.
  "công ty", "miền bắc", "miền trung", "miền nam",
  // "Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh".
  "đại diện",
  // "Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh".
  "dân sự",
  // Mass organisations ("Chủ tịch Hội Cựu thanh niên xung phong tỉnh", "Hội Chữ thập đỏ").
  "thanh niên", "xung phong", "người cao tuổi", "khuyến học", "chữ thập đỏ", "nạn nhân chất độc da cam",
  // Traditional medicine's hospitals ("Bệnh viện Y học cổ truyền tỉnh"); a reserve team ("Đội hiến máu dự bị").
  "cổ truyền", "dự bị",
  // Social protection ("Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh", "Trung tâm Bảo trợ xã hội tổng
  // hợp"); fishermen's solidarity teams ("Tổ trưởng Tổ đoàn kết nghề cá số 3").
  "người khuyết tật", "khuyết tật", "trẻ mồ côi", "và trẻ mồ côi", "xã hội tổng hợp", "đoàn kết",
  // Markets and their traders ("Trưởng Ban đại diện tiểu thương chợ Vinh", "Tổ trưởng Tổ tiểu thương ngành hàng vải").
  "tiểu thương", "ngành hàng", "chợ",
  // Wildlife ("Tổ chức Bảo tồn Động vật hoang dã Việt Nam").
  "hoang dã",
]);

/**
 * Words that start the name of a department, commission or association ("Sở Nội vụ", "Ban Dân
 * vận", "Liên đoàn Lao động", "Hội Văn học và Nghệ thuật"), and the shorthand "TB" (Trưởng Ban).
 */
export const DEPARTMENT_WORDS = wordSet("ban sở bộ cục vụ viện đoàn hội tb ptb");

/** Bodies whose names go on in lower-case words after their first capitalized one ("Vụ Công tác dân tộc địa phương"). */
// Also teams, clubs and troupes ("Đội Ứng phó thảm họa tỉnh", "Câu lạc bộ Tình nguyện viên Chữ thập đỏ",
// "Đoàn Nghệ thuật cải lương Đồng Khởi").
export const LONG_NAMED_BODIES = phraseIndex(["Viện", "Học viện", "Khu kinh tế", "Tổ hợp tác", "Vụ", "Cục", "Chi cục", "Phòng", "Văn phòng", "Nhà máy", "Công ty", "Trung tâm", "Trường", "Ban Chỉ đạo", "Hội thánh", "Báo", "Tạp chí", "Nhà hát", "Quỹ", "Đội", "Câu lạc bộ", "Đoàn Nghệ thuật", "Nhà xuất bản", "Hiệp hội", "Nghĩa trang", "Ban Liên lạc", "Tổ công tác", "Ban đại diện"]);

/**
 * Words that start the name of a company or a school, which may hold any capitalized words, a
 * person's among them ("Hợp tác xã Cà phê Hoa Nắng", "Trường Chính trị Trần Phú"); and of an
 * association of people from one province living elsewhere, whose name holds that province ("Hội
 * đồng hương Nghệ An tại Cộng hòa Séc"); and of an airport, named after its place ("Cảng hàng không
 * Đồng Hới", "Cảng hàng không quốc tế Nội Bài").
 */
export const COMPANY_WORDS = phraseIndex(["Công ty", "Tổng công ty", "Tập đoàn", "Hợp tác xã", "Tổ hợp tác", "HTX", "Nhà hát", "Doanh nghiệp", "Siêu thị", "Trường", "Hội đồng hương", "Cảng hàng không", "Đoàn Nghệ thuật", "Đoàn Cải lương", "Nhà xuất bản", "Ngân hàng TMCP", "Ngân hàng Thương mại cổ phần", "Vườn quốc gia", "Nghĩa trang",
  // State farms and forestry farms, named after their place ("nguyên Giám đốc Nông trường Lộc Thành").
  "Nông trường", "Lâm trường"]);

/**
 * A school, an academy or a university ("Trường Chính trị Hoàng Văn Thụ", "Trường Đại học Y Dược Cần
 * Thơ", "Đại học Huế"): every capitalized word after it is its name, a person's or a place's among
 * them, and a place there names the school rather than the office's jurisdiction.
 */
export const SCHOOLS = phraseIndex([
  "Trường Chính trị", "Trường Đại học", "Trường Cao đẳng", "Trường Trung cấp", "Trường THPT", "Trường THCS", "Trường Tiểu học",
  "Trường Mầm non", "Trường Phổ thông", "Trường Sĩ quan", "Trường Quân sự", "Đại học", "Học viện",
  // Names of schools with lower-case words ("Trường Trung học phổ thông chuyên Thăng Long", "Trường Tiểu
  // học và Trung học cơ sở Hướng Phùng", "Trường Phổ thông dân tộc nội trú tỉnh").
  "Trường Trung học phổ thông", "Trường Trung học phổ thông chuyên", "Trường THPT chuyên", "Trường Trung học cơ sở",
  "Trường Tiểu học và Trung học cơ sở", "Trường Tiểu học và THCS", "Trường Trung học cơ sở và Trung học phổ thông", "Trường THCS và THPT",
  "Trường Phổ thông dân tộc nội trú", "Trường Phổ thông dân tộc bán trú", "Trường Phổ thông Dân tộc nội trú", "Trường Phổ thông Dân tộc bán trú",
  "Trường Phổ thông dân tộc bán trú Tiểu học", "Trường Phổ thông dân tộc bán trú Trung học cơ sở",
]);
/** A university a school belongs to, after a comma ("Trường Đại học Sư phạm, Đại học Huế"). */
export const PARENT_UNIVERSITIES = phraseIndex(["Đại học", "Học viện"]);

/**
 * After these, a number or Roman numeral still belongs to the title ("lần thứ I", "khóa XIII",
 * "Ban Chỉ đạo 35 Tỉnh ủy": steering committees are known by number; "Tư lệnh Quân khu 5"; "Ban Quản
 * lý dự án 2"; a tax office's "Thuế cơ sở 4"; the teams searching for fallen soldiers' remains, "Đội K52"; power
 * generation and projects, "Tổng công ty Phát điện 3"; the police's departments, "Cục C10", "Cục A05"; builders of
 * transport works, "Tổng công ty Xây dựng công trình giao thông 1"; the border guard's flotillas, "Hải đội Biên phòng 2";
 * units of an arm, "Trung đoàn Công binh 98"; the ministry's irrigation boards, "Ban Quản lý đầu tư và xây dựng thủy lợi 10").
 */
export const NUMBERED_INNER = wordSet("thứ khóa số đạo khu án vụ vùng biển đoàn vực sở k điện c a thông phòng binh lợi");

/**
 * Lower-case words that end a title even right after a capitalized word: the verbs and function
 * words an apposition runs into ("Bí thư Đảng ủy Khối chủ trì hội nghị").
 */
export const OFFICE_STOP = wordSet(`
  dự chủ đồng phát tham cùng đã đang sẽ vừa trình nhấn cho yêu đề tiếp đến được bị là làm dẫn có
  khẳng chỉ báo kết khai bế nêu đánh chúc trao tặng ghi bày nói lưu mong kêu thăm tới với tại về trong
  khi thì mà để của do gồm cũng này đó theo ở từ như ngày sáng chiều tối trưa nhằm trả đọc quán triển
  học truyền điều giới hướng biểu lên ra vào xem nghe gửi ký nhận thay trân cảm bổ bầu vẫn luôn rất đều
  lại còn sau trước nên thực cụ đưa góp tập và hoặc hay nhưng nhiệm năm tháng phân chia
  kiến phản cam mời hoan bàn chất ủng từng tổng thông giữ trực đón thuộc thừa trúng vắng kể thẳng nhắc
  khuyến
`);

/**
 * Capitalized word + lower-case word pairs that are words of a body's name. A capitalized run
 * that ends in one of these is a title, not a person's name ("Trưởng Đoàn Đại biểu Quốc hội"); nor
 * is an islet's or a cancer hospital's ("Khu bảo tồn biển Cù Lao Chàm", "Bệnh viện Ung Bướu", where "Cù"
 * and "Ung" are also family names).
 */
export const BODY_COMPOUNDS: ReadonlySet<string> = new Set([...wordSet(`
  đại_biểu quốc_hội hội_đồng chính_phủ chính_trị trung_ương thường_vụ thường_trực chấp_hành văn_phòng
  mặt_trận tổ_quốc tổ_chức tuyên_giáo dân_vận nội_chính kiểm_tra thi_đua khen_thưởng ủy_ban bí_thư
  chủ_tịch công_an quân_sự lao_động thanh_niên phụ_nữ nông_dân khoa_học giáo_dục đào_tạo y_tế tài_chính
  kế_hoạch đầu_tư xây_dựng tư_pháp nội_vụ ngoại_vụ văn_hóa thể_thao du_lịch thông_tin truyền_thông
  công_thương nông_nghiệp tài_nguyên môi_trường giao_thông dân_tộc tôn_giáo kiểm_sát tòa_án thanh_tra
  chỉ_đạo đảng_ủy tỉnh_ủy thành_ủy huyện_ủy đảng_bộ liên_đoàn hội_nghị đại_hội quốc_phòng chiến_binh
  khuyến_học đại_học công_nghiệp thương_mại nghệ_thuật kỹ_thuật phát_triển chương_trình công_tác cộng_đồng việc_làm
  người_có đoàn_kết đăng_ký phổ_thông viễn_thông công_trình giao_nhận diễn_tập huyết_học sinh_học nông_học hóa_học y_học dược_học sử_học tin_học biên_giới
  hóa_chất cổ_học lương_thực xuất_khẩu thế_giới nhà_ở hạt_điều bán_dẫn tổng_điều nghệ_thông dự_báo địa_chất dương_học trường_học nhi_đồng
  cù_lao hướng_dẫn ung_bướu di_truyền
`)].map((w) => w.replace("_", " ")));

/** Ranks and degrees written before a name: not offices (ANNOTATION.md), skipped. */
export const RANK_PHRASES: readonly string[] = [
  "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
  "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
  "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ", "Bác sĩ", "GS", "PGS", "TS", "ThS", "GS.TS", "PGS.TS", "TS.BS",
  // A doctor of sciences ("TSKH Võ Đình Nguyên", "GS.TSKH …").
  "TSKH", "GS.TSKH", "PGS.TSKH",
  // Physicians' and pharmacists' degrees ("BSCKII Trịnh Xuân Khải", "ThS.BS …").
  "BS", "BSCKI", "BSCKII", "BS.CKI", "BS.CKII", "ThS.BS", "DS", "DSCKI", "DSCKII", "PGS.TS.BS", "GS.TS.BS",
  // The same written out ("bác sĩ chuyên khoa II Võ Thị Bích Liên", "Dược sĩ Lê Văn Nam"), and a healer of
  // traditional medicine ("lương y Trần Văn Tứ").
  "Bác sĩ chuyên khoa I", "Bác sĩ chuyên khoa II", "Bác sĩ chuyên khoa cấp I", "Bác sĩ chuyên khoa cấp II", "Dược sĩ",
  "Dược sĩ chuyên khoa I", "Dược sĩ chuyên khoa II", "Lương y",
  // Professions written before a name ("Nhà báo Trịnh Minh Khôi", "Luật sư …", "KTS Phùng Văn Bình"): not offices either.
  "Nhà báo", "Luật sư", "Kiến trúc sư", "KTS", "Kỹ sư", "KS",
  // Honours ("Mẹ Việt Nam anh hùng Đặng Thị Lài", "NSND Huỳnh Thị Mỹ Lệ").
  "NSND", "NSƯT", "NGND", "NGƯT", "TTND", "TTƯT", "Nghệ sĩ nhân dân", "Nghệ sĩ ưu tú", "Nhà giáo nhân dân", "Nhà giáo ưu tú", "Thầy thuốc nhân dân", "Thầy thuốc ưu tú",
  "Nghệ nhân Ưu tú", "Nghệ nhân Nhân dân", "Nghệ nhân ưu tú", "Nghệ nhân nhân dân",
  "Mẹ Việt Nam anh hùng", "Mẹ Việt Nam Anh hùng", "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng LLVTND", "Anh hùng Lao động",
  // Religious titles ("Hòa thượng Thích Thiện Nghĩa", "Cả sư Thông Thanh Ngọc"): not offices either.
  // Also the Khmer pagodas' lay leaders ("Achar Sơn Phol") and the Cham Muslims' ("Haji Ya Kụp", "Imam …").
  "Hòa thượng", "Thượng tọa", "Đại đức", "Ni sư", "Ni trưởng", "Cả sư", "Sư cả", "Linh mục", "Mục sư", "Giám mục",
  "Achar", "Haji", "Hajji", "Imam", "Hakim",
  // Cao Đài dignitaries' ranks ("Chánh Trị sự Nguyễn Văn Mười", "Giáo hữu Thượng Tâm Thanh") and a Protestant preacher's.
  "Chánh Trị sự", "Phó Trị sự", "Thông sự", "Giáo hữu", "Lễ sanh", "Phối sư", "Đầu sư", "Truyền đạo",
];
export const RANKS = phraseIndex(RANK_PHRASES);
/** The one-word ranks and degrees, and the parts of those joined by dots: what a word of dotted ranks is made of ("TTND.PGS.TS"). */
export const RANK_PARTS: ReadonlySet<string> = new Set(RANK_PHRASES.filter((p) => !p.includes(" ")).flatMap((p) => p.toLowerCase().split(".")));

/** "Tỉnh ủy", "Huyện ủy" …: a capitalized run after one of these at the end of a title is its place. */
export const LOCAL_COMMITTEES = wordSet("tỉnh thành huyện thị quận");
/** Lower-case administrative words that a place name follows ("tỉnh Đồng Nai", a region: "vùng Tây Nguyên"). */
// Not "bản" (a highland village): "Vụ Báo chí - Xuất bản Ban Tuyên giáo" is no place.
export const ADMIN_UNITS = wordSet("tỉnh huyện xã phường quận thị trấn thôn ấp khóm làng buôn plei bon xóm vùng");
