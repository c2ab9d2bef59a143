/**
 * Names of ministries, provincial departments and other bodies that contain "và" or a comma (or
 * lower-case words and a place's name).
 * Inside an office title these do not separate two offices ("Giám đốc Sở Tài nguyên và Môi
 * trường", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"), so the title parser reads each as one
 * piece. Names of bodies without "và" or a comma need no entry: the parser reads them anyway.
 */
import { phraseIndex } from "./phrases.ts";

export const BODY_NAME_PHRASES: readonly string[] = [
  // Ministries and provincial departments (Bộ …, Sở …), before and after the 2025 mergers.
  "Kế hoạch và Đầu tư", "Tài nguyên và Môi trường", "Nông nghiệp và Môi trường",
  "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội",
  "Văn hóa, Thể thao và Du lịch", "Văn hóa - Thể thao và Du lịch", "Văn hóa và Thể thao", "Văn hóa, Thể thao",
  // The National Assembly's committees for culture and society (since 2025) and for science,
  // technology and the environment.
  "Văn hóa và Xã hội", "Khoa học, Công nghệ và Môi trường",
  // Its committee for petitions and supervision ("Phó Chủ nhiệm Ủy ban Dân nguyện và Giám sát của Quốc hội").
  "Dân nguyện và Giám sát",
  // The provincial sub-department for crops and plant protection.
  "Trồng trọt và Bảo vệ thực vật",
  // The plant protection agency before its merger ("nguyên Cục trưởng Cục Bảo vệ thực vật").
  "Bảo vệ thực vật",
  "Giáo dục và Đào tạo", "Nông nghiệp và Phát triển nông thôn", "Khoa học và Công nghệ",
  "Thông tin và Truyền thông", "Dân tộc và Tôn giáo", "Xây dựng và Giao thông", "Du lịch và Thể thao",
  // The old capital's relic centre ("Giám đốc Trung tâm Bảo tồn Di tích Cố đô Huế"), whose "Huế" is its name's.
  "Bảo tồn Di tích Cố đô Huế",
  // The performing arts department ("Cục trưởng Cục Nghệ thuật biểu diễn").
  "Nghệ thuật biểu diễn",
  // The committees for the advancement of women, written with a capital ("Trưởng Ban Vì sự tiến bộ của phụ nữ tỉnh").
  "Vì sự tiến bộ của phụ nữ",
  // The national Mekong committee, whose river's name reads as a person's ("Chánh Văn phòng Ủy ban sông Mê Công Việt Nam").
  "Ủy ban sông Mê Công Việt Nam",
  // The central hospitals, named after places that read as persons' names ("Giám đốc Bệnh viện Bạch Mai").
  "Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Hữu nghị Việt Đức", "Bệnh viện Việt Đức",
  // The nuclear safety authority ("Cục trưởng Cục An toàn bức xạ và hạt nhân").
  "An toàn bức xạ và hạt nhân",
  // The intellectual property office ("Cục trưởng Cục Sở hữu trí tuệ"), whose "Sở" is no department.
  "Sở hữu trí tuệ",
  // The department for dykes and disaster prevention ("Phó Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai").
  "Quản lý đê điều và Phòng, chống thiên tai", "Quản lý đê điều và phòng, chống thiên tai",
  // Every province's industrial-zone authority ("Trưởng Ban Quản lý các khu công nghiệp tỉnh").
  "Quản lý các khu công nghiệp",
  // Traditional medicine and pharmacy ("Cục trưởng Cục Quản lý Y, Dược cổ truyền"), whose "Y" would start a highland name.
  "Y, Dược cổ truyền", "Y Dược cổ truyền", "Y dược cổ truyền",
  // The administrative committees of the wars' years, in recollections ("nguyên Phó Chủ tịch Ủy ban hành chính tỉnh").
  "Ủy ban hành chính", "Ủy ban Hành chính", "Ủy ban Kháng chiến hành chính", "Ủy ban Kháng chiến - Hành chính",
  // The provinces' lottery companies and their regional councils ("Chủ tịch Công ty TNHH MTV Xổ số kiến thiết An
  // Giang", "Chủ tịch Hội đồng Xổ số kiến thiết khu vực miền Nam"); the insurance supervisory agency.
  "Xổ số kiến thiết", "Xổ số kiến thiết khu vực miền Nam", "Xổ số kiến thiết khu vực miền Bắc", "Xổ số kiến thiết khu vực miền Trung",
  "Quản lý, giám sát bảo hiểm",
  // Associations named with lower-case words ("Phó Chủ tịch Hội Bảo vệ thiên nhiên và Môi trường Việt Nam",
  // "Chủ tịch Hội Sinh vật cảnh tỉnh").
  "Bảo vệ thiên nhiên và Môi trường Việt Nam", "Sinh vật cảnh",
  // The land valuation council, named in lower case ("Chủ tịch Hội đồng thẩm định bảng giá đất tỉnh").
  "Hội đồng thẩm định bảng giá đất", "Hội đồng thẩm định giá đất",
  // The Red Cross ("Chủ tịch Hội Chữ thập đỏ tỉnh").
  "Chữ thập đỏ",
  // The police's and the army's political departments ("Trưởng phòng Công tác đảng và công tác chính
  // trị Công an tỉnh", "Phòng Công tác Đảng, công tác chính trị").
  "Công tác đảng và công tác chính trị", "Công tác Đảng và công tác chính trị", "Công tác đảng, công tác chính trị", "Công tác Đảng, công tác chính trị",
  // Party and Front bodies; a ministry's Party group written in capitals ("Ủy viên Ban Cán sự đảng").
  "Cán sự đảng",
  "Khối các cơ quan và doanh nghiệp", "Khối Doanh nghiệp và Cơ quan",
  // The Party committee of the Front and the mass organisations (since 2025: "Bí thư Đảng ủy Mặt
  // trận Tổ quốc và các đoàn thể Trung ương").
  "Mặt trận Tổ quốc và các đoàn thể", "Mặt trận Tổ quốc, các đoàn thể", "MTTQ và các đoàn thể", "MTTQ, các đoàn thể",
  // The Central Committee's policy commission ("Ban Chính sách, chiến lược Trung ương", since 2021).
  "Chính sách, chiến lược",
  // The Organisation Commission's department for grassroots Party organisations and members
  // ("Vụ trưởng Vụ Cơ sở đảng, đảng viên").
  "Cơ sở đảng, đảng viên",
  // Lawyers' bar associations ("Phó Chủ tịch Liên đoàn Luật sư Việt Nam", "Chủ nhiệm Đoàn Luật sư tỉnh"):
  // a profession's name, which before a person's name is no office.
  "Luật sư",
  // The journalists' association ("Chủ tịch Hội Nhà báo tỉnh"), likewise.
  "Nhà báo",
  // Every province's steering committee under Resolution 57 ("Trưởng Ban Chỉ đạo về phát triển khoa học,
  // công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh").
  "Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
  "Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
  "Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
  "Chỉ đạo tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
  // A city's steering committee for key works ("Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm thành phố").
  "Chỉ đạo các công trình, dự án trọng điểm", "Chỉ đạo các dự án, công trình trọng điểm",
  // The labour confederation's department ("Trưởng Ban Quan hệ lao động Tổng Liên đoàn").
  "Quan hệ lao động",
  // A hospital's intensive care department ("Trưởng khoa Hồi sức tích cực - Chống độc").
  "Hồi sức tích cực - Chống độc", "Hồi sức tích cực và Chống độc", "Hồi sức tích cực",
  // A province's merged newspaper and broadcaster ("Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh").
  "Báo và Phát thanh, Truyền hình", "Báo và Phát thanh - Truyền hình",
  // The council that judges a prize ("Chủ tịch Hội đồng xét tặng Giải thưởng Khoa học và Công nghệ tỉnh").
  "Hội đồng xét tặng",
  // Associations of those from one province living elsewhere ("Chủ tịch Hội đồng hương Nghệ An tại Cộng hòa
  // Séc"); the provincial union of friendship organisations ("Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh").
  "Hội đồng hương", "Liên hiệp các tổ chức hữu nghị",
  // The Coast Guard's regions ("Phó Tư lệnh Vùng Cảnh sát biển 2").
  "Cảnh sát biển",
  // An embassy, whose counsellors are named with it ("Tham tán Thương mại Đại sứ quán Hàn Quốc").
  "Đại sứ quán",
  // The steering committee for population work ("Trưởng Ban Chỉ đạo công tác dân số và phát triển tỉnh").
  "Chỉ đạo công tác dân số và phát triển",
  // A village's board overseeing public investment ("Trưởng ban Giám sát đầu tư của cộng đồng thôn").
  "Giám sát đầu tư của cộng đồng",
  // A commune's people's credit fund ("Chủ tịch Hội đồng quản trị Quỹ tín dụng nhân dân Minh Tân").
  "Quỹ tín dụng nhân dân",
  // The councils that call up recruits ("Chủ tịch Hội đồng nghĩa vụ quân sự xã").
  "Hội đồng nghĩa vụ quân sự",
  // Councils and services of the law ("Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
  // "Trưởng Chi nhánh Trợ giúp pháp lý nhà nước số 2", "Tổ trưởng Tổ hòa giải thôn …").
  "Hội đồng phối hợp phổ biến, giáo dục pháp luật", "Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật",
  "Trợ giúp pháp lý nhà nước", "Trợ giúp pháp lý", "Tổ hòa giải",
  // The Social Policy Bank's village groups ("Tổ trưởng Tổ tiết kiệm và vay vốn bản Cợp").
  "Tổ tiết kiệm và vay vốn",
  // Fishermen's mutual-help groups at sea ("Tổ trưởng Tổ đoàn kết sản xuất trên biển").
  "Tổ đoàn kết sản xuất trên biển", "Tổ đoàn kết trên biển",
  // A working group named by what it rolls out ("Tổ trưởng Tổ công tác triển khai Đề án 06 tỉnh").
  "Tổ công tác triển khai thực hiện", "Tổ công tác triển khai",
  // A bishop's see, whose office is headed by a priest ("Chánh Văn phòng Tòa Giám mục").
  "Tòa Giám mục",
  // The Buddhist Sangha's nuns' section ("Trưởng Phân ban Ni giới Giáo hội Phật giáo Việt Nam tỉnh").
  "Ni giới",
  // The Front's advisory councils at every level ("Hội đồng tư vấn về Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh").
  "Dân chủ - Pháp luật", "Dân chủ và Pháp luật",
  // The council that confers professorships ("Ủy viên Hội đồng Giáo sư Nhà nước"): a degree inside a name.
  "Giáo sư Nhà nước", "Giáo sư nhà nước",
  // The Party's academy: lower-case words and a name that is also a city's.
  "Chính trị quốc gia Hồ Chí Minh", "Thanh niên Cộng sản Hồ Chí Minh",
  // Institutes and commissions ("Phó Viện trưởng Viện Chiến lược phát triển", "Viện Văn hóa và Phát triển",
  // "Viện Chiến lược và Chính sách y tế").
  "Chiến lược phát triển", "Văn hóa và Phát triển", "Chiến lược và Chính sách",
  // The Ministry of Finance's department for public debt ("Cục trưởng Cục Quản lý nợ và Kinh tế đối ngoại").
  "Quản lý nợ và Kinh tế đối ngoại",
  // The State Committee for Overseas Vietnamese ("Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài").
  "Nhà nước về người Việt Nam ở nước ngoài",
  // Its department for banks and financial institutions ("Vụ Tài chính các ngân hàng và tổ chức tài chính").
  "Tài chính các ngân hàng và tổ chức tài chính",
  // Companies and centres named for digital technology ("Công ty cổ phần Công nghệ số Hồng Lam").
  "Công nghệ số", "Chuyển đổi số",
  // The Khmer Theravada monks' association of the Mekong provinces ("Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh").
  "Đoàn kết Sư sãi yêu nước",
  // The writers' and artists' associations ("Chủ tịch Hội Văn học và Nghệ thuật tỉnh").
  "Văn học và Nghệ thuật", "Văn học Nghệ thuật",
  // The Chăm Brahmanist clergy's council ("Hội đồng Chức sắc Bà-la-môn Chăm tỉnh"): hyphens inside one word.
  "Bà-la-môn Chăm", "Bà-la-môn",
  "Hội đồng Thi đua, Khen thưởng",
  // The disaster-prevention command every province and district has ("Trưởng Ban Chỉ huy Phòng,
  // chống thiên tai và Tìm kiếm cứu nạn tỉnh").
  "Phòng, chống thiên tai và Tìm kiếm cứu nạn", "Phòng, chống thiên tai và tìm kiếm cứu nạn", "Phòng, chống thiên tai",
  // The steering committee against corruption, waste and negativity ("Trưởng Ban Chỉ đạo phòng,
  // chống tham nhũng, lãng phí, tiêu cực tỉnh"), written with a capital or not; the citizens'
  // reception board ("Trưởng Ban Tiếp công dân tỉnh").
  "Phòng, chống tham nhũng, lãng phí, tiêu cực", "Phòng, chống tham nhũng, tiêu cực", "Phòng, chống tham nhũng", "Tiếp công dân",
  // Its successor since 2025, the civil defence command ("Trưởng Ban Chỉ huy phòng thủ dân sự xã").
  "Chỉ huy phòng thủ dân sự", "Chỉ huy Phòng thủ dân sự",
  // Every province's council on naming streets ("thành viên Hội đồng tư vấn đặt, đổi tên đường và công trình công cộng thành phố").
  "Hội đồng tư vấn đặt, đổi tên đường và công trình công cộng",
  // The consumers' association ("Chủ tịch Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam").
  "Tiêu chuẩn và Bảo vệ người tiêu dùng",
  // The grassroots security teams set up in 2024 ("Tổ trưởng Tổ bảo vệ an ninh, trật tự ở cơ sở").
  "Tổ bảo vệ an ninh, trật tự ở cơ sở", "Tổ bảo vệ an ninh, trật tự",
  // The councils for occupational safety and health ("Chủ tịch Hội đồng An toàn, vệ sinh lao động tỉnh").
  "An toàn, vệ sinh lao động", "An toàn vệ sinh lao động",
  // Civil judgment enforcement, a body's whole name since 2025 ("Trưởng Thi hành án dân sự tỉnh", "Phòng
  // Thi hành án dân sự khu vực 4"), and its steering committee ("Ban Chỉ đạo thi hành án dân sự tỉnh").
  "Thi hành án dân sự", "Chỉ đạo thi hành án dân sự",
  // The bodies a shared office serves ("Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh").
  "Đoàn ĐBQH và HĐND", "Đoàn Đại biểu Quốc hội và Hội đồng nhân dân",
  "Đoàn ĐBQH, HĐND và UBND", "Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân",
];
export const BODY_NAMES = phraseIndex(BODY_NAME_PHRASES);
