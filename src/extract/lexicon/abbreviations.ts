/**
 * Abbreviations of bodies and offices, and the long/short names of one central office.
 * Applied to a title in order; each pattern matches whole words only.
 */

// Whole word for Vietnamese letters: \b only knows ASCII.
const w = (src: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, "gu");

export const TITLE_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  // Departments by their initials ("GĐ Sở KH&CN", "Sở VH,TT&DL"), joined by "&" or, as the Saigon press
  // writes them, by a hyphen ("Sở GD-ĐT"), or run together as the online papers write them ("Sở VHTTDL",
  // "Sở TNMT"), before "TT" and "CT" are read as heads.
  [w("KH(?:\\s*[&-]\\s*)?CN"), "Khoa học và Công nghệ"],
  [w("GD(?:\\s*[&-]\\s*)?ĐT"), "Giáo dục và Đào tạo"],
  [w("VH(?:\\s*[,-]\\s*)?TT(?:\\s*[&-]\\s*)?DL"), "Văn hóa, Thể thao và Du lịch"],
  [w("NN(?:\\s*[&-]\\s*)?MT"), "Nông nghiệp và Môi trường"],
  [w("TN(?:\\s*[&-]\\s*)?MT"), "Tài nguyên và Môi trường"],
  [w("NN(?:\\s*[&-]\\s*)?PTNT"), "Nông nghiệp và Phát triển nông thôn"],
  [w("KH(?:\\s*[&-]\\s*)?ĐT"), "Kế hoạch và Đầu tư"],
  // Not "TT TT": two heads' shorthand ("Thường trực") may stand side by side.
  [w("TT\\s*[&-]\\s*TT|TTTT"), "Thông tin và Truyền thông"],
  [w("UV\\s*T\\.?\\s*[ƯW]\\.?|UVTƯ|UVTW"), "Ủy viên Trung ương"],
  [w("UV\\s*BCT|UVBCT"), "Ủy viên Bộ Chính trị"],
  [w("UVTV|UV\\s*BTV|UVBTV"), "Ủy viên Ban Thường vụ"],
  // The provincial standing committee in one word, as the Đồng Nai paper writes it ("Ủy viên Ban TVTU").
  [w("TVTU"), "Thường vụ Tỉnh ủy"],
  [w("UV\\s*BCH|UVBCH"), "Ủy viên Ban Chấp hành"],
  [w("TUV"), "Tỉnh ủy viên"],
  [w("HUV"), "Huyện ủy viên"],
  [w("UV"), "Ủy viên"],
  [w("T\\.\\s*Ư\\.?|TƯ|TW"), "Trung ương"],
  [w("UBMTTQ"), "Ủy ban Mặt trận Tổ quốc"],
  [w("MTTQ"), "Mặt trận Tổ quốc"],
  [w("HĐND"), "Hội đồng nhân dân"],
  [w("UBND"), "Ủy ban nhân dân"],
  [w("ĐBQH"), "Đại biểu Quốc hội"],
  [w("UBKT"), "Ủy ban Kiểm tra"],
  // A province's military command ("Chỉ huy trưởng Bộ CHQS tỉnh").
  [w("CHQS"), "Chỉ huy Quân sự"],
  // A defence zone's command, which took over the districts' military commands in 2025 ("Chỉ huy trưởng Ban CHPTKV 1").
  [w("CHPTKV"), "Chỉ huy Phòng thủ khu vực"],
  // The border guard ("Chính ủy BĐBP tỉnh", "Đồn BP Cửa khẩu quốc tế Na Mèo").
  [w("BĐBP"), "Bộ đội Biên phòng"],
  [w("Đồn BP"), "Đồn Biên phòng"],
  [w("BCĐ"), "Ban Chỉ đạo"],
  [w("BCH"), "Ban Chấp hành"],
  [w("BTV"), "Ban Thường vụ"],
  // Newswire shorthand for the provincial and district committees ("Bí thư TU", "Ủy viên BTV HU").
  [w("TU"), "Tỉnh ủy"],
  [w("HU"), "Huyện ủy"],
  [w("BCT"), "Bộ Chính trị"],
  [w("LĐLĐ"), "Liên đoàn Lao động"],
  [w("LHPN"), "Liên hiệp Phụ nữ"],
  // The farmers' association, as the farmers' paper writes it ("Chủ tịch Hội ND tỉnh", "Trung ương Hội NDVN").
  [w("NDVN"), "Nông dân Việt Nam"],
  [/(?<=Hội )ND(?![\p{L}\p{N}])/gu, "Nông dân"],
  // The youth federation ("Chủ tịch Hội LHTN Việt Nam tỉnh"); the savings and loan groups ("Tổ trưởng Tổ TK&VV").
  [w("LHTN"), "Liên hiệp Thanh niên"],
  [w("TK\\s*&\\s*VV"), "tiết kiệm và vay vốn"],
  [w("HTX"), "Hợp tác xã"],
  // A province's centre for disease control ("Giám đốc CDC tỉnh").
  [w("CDC"), "Trung tâm Kiểm soát bệnh tật"],
  [w("CCB"), "Cựu chiến binh"],
  [w("KCN"), "Khu công nghiệp"],
  // Market surveillance ("Chi cục trưởng Chi cục QLTT tỉnh"); a state company's members' council ("Thành viên HĐTV EVN").
  [w("QLTT"), "Quản lý thị trường"],
  [w("HĐTV"), "Hội đồng thành viên"],
  // The national universities and a university ("Giám đốc ĐHQG TPHCM", "Hiệu trưởng Trường ĐH Bách khoa").
  [w("ĐHQG"), "Đại học Quốc gia"],
  [w("Trường ĐH"), "Trường Đại học"],
  [w("KKT"), "Khu kinh tế"],
  // Export processing zones ("Ban Quản lý các KCX"), and a business association ("Hiệp hội DN tỉnh").
  [w("KCX"), "Khu chế xuất"],
  [w("Hiệp hội DN"), "Hiệp hội Doanh nghiệp"],
  // A company's board ("Chủ tịch HĐQT Công ty cổ phần …"), a joint-stock company ("Phó Giám đốc Công ty CP …"),
  // a project board ("Giám đốc Ban QLDA đầu tư xây dựng tỉnh").
  [w("HĐQT"), "Hội đồng quản trị"],
  [w("([Cc]ông ty) CP"), "$1 cổ phần"],
  [w("QLDA"), "Quản lý dự án"],
  // The weather service ("Giám đốc Đài KTTV tỉnh"), the civil defence command ("Ban Chỉ huy PTDS tỉnh").
  [w("KTTV"), "Khí tượng thủy văn"],
  [w("PTDS"), "phòng thủ dân sự"],
  // The police paper's shorthand for a level's police ("Phó Giám đốc CATP", "Trưởng CAP Lê Chân").
  [w("CATP"), "Công an thành phố"],
  [w("CAT"), "Công an tỉnh"],
  [w("CAP"), "Công an phường"],
  [w("CAX"), "Công an xã"],
  // The State Bank ("Phó Thống đốc NHNN"), the traffic police ("Đội trưởng Đội CSGT đường bộ số 3").
  [w("NHNN"), "Ngân hàng Nhà nước"],
  [w("CSGT"), "Cảnh sát giao thông"],
  [w("TAND"), "Tòa án nhân dân"],
  [w("VKSND"), "Viện Kiểm sát nhân dân"],
  [w("TT"), "Thường trực"],
  // The portals' shorthand for the heads themselves ("PBT TT TU, CT HĐND tỉnh", "TB Tổ chức TU").
  [w("PBT"), "Phó Bí thư"],
  [w("PCT"), "Phó Chủ tịch"],
  [w("CT"), "Chủ tịch"],
  [w("PTB"), "Phó Trưởng Ban"],
  [w("TB"), "Trưởng Ban"],
  [w("PGĐ"), "Phó Giám đốc"],
  [w("GĐ"), "Giám đốc"],
  // "Hiệp hội Doanh nghiệp TP.HCM": the city's short name glued to its level keeps a space from it.
  [/(?<![\p{L}\p{N}])TP\.(?=HCM(?![\p{L}\p{N}]))/gu, "thành phố "],
  [w("TP\\.?"), "thành phố"],
  // "Bí thư Đảng ủy P. Hạc Thành", "Chủ tịch UBND X. Tân Lập": a ward or a commune written short, its name the place.
  [w("P\\."), "phường"],
  [w("X\\."), "xã"],
];

/** Long names of a central office → the short canonical one (ANNOTATION.md). */
export const TITLE_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  // The term is not part of the office: "Bí thư Tỉnh ủy khóa XX" is the office "Bí thư Tỉnh ủy".
  [/ khóa [IVXLC]+$/u, ""],
  [/^Ủy viên Ban Chấp hành Trung ương(?: Đảng)?$/u, "Ủy viên Trung ương Đảng"],
  [/^Ủy viên Trung ương$/u, "Ủy viên Trung ương Đảng"],
  [/^Ủy viên dự khuyết (?:Ban Chấp hành )?Trung ương$/u, "Ủy viên dự khuyết Trung ương Đảng"],
  [/^Tổng Bí thư Ban Chấp hành Trung ương(?: Đảng)?$/u, "Tổng Bí thư"],
  // "Bí thư Thành ủy TP. Hồ Chí Minh", "Tỉnh trưởng tỉnh Hủa-phăn", "Huyện trưởng huyện Sốp Bâu", "Xã trưởng xã Kaam Samnar": the
  // title names the level; "tỉnh", "thành phố" are the place's.
  [/(Tỉnh ủy|Thành ủy|Tỉnh đoàn|Thành đoàn|Tỉnh trưởng|Thị trưởng|Huyện trưởng|Xã trưởng) (?:tỉnh|thành phố|huyện|xã)$/u, "$1"],
  // "Chủ tịch tỉnh Huỳnh Văn Sang": the press's short form of the people's committee's chair.
  [/^((?:Phó )?Chủ tịch) (tỉnh|thành phố|xã|phường)$/u, "$1 Ủy ban nhân dân $2"],
  // "đại biểu Quốc hội tỉnh Hà Tĩnh", "đại biểu Quốc hội Đoàn tỉnh Quảng Trị": the deputy's constituency or
  // delegation, not an office of the province's.
  [/^([Đđ]ại biểu Quốc hội) (?:Đoàn (?:đại biểu Quốc hội )?)?(?:tỉnh|thành phố)$/u, "$1"],
];

/** Abbreviated organ of a document code: `TƯ`, `T.Ư` mean `TW`. */
export const CENTRAL_ISSUER_SPELLINGS = /^(?:TW|TƯ|T\.Ư)$/u;
