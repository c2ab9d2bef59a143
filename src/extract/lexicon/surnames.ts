/**
 * Vietnamese family names, with those of the ethnic minorities that officials of the northern
 * mountains, the Central Highlands and the Mekong delta carry: Tày and Nùng (Chẩu, Nông, Ma, Mã),
 * Thái and Mường (Lò, Lô, Lang, Xa, Lường, Quàng, Điêu, Vì, Đèo, Bạc), Khơ Mú (Moong), Hoa (Vòng), Giáy (Thèn), Hà Nhì and Lự (Lỳ), Hmong (Giàng, Sùng, Vừ, Tráng, Mua, Cháng, Xồng, Hạng, Phàng), Dao (Chảo, Phàn, Tẩn), Jrai
 * and Bahnar (Rah Lan, Ksor, Siu, Rơ Mah, Rcom), Cơ Tu (Alăng, Pơloong), Chăm (Đàng, Thông, Đạo,
 * Pinăng), K'Ho (Cil, Kơ Să, Păng Ting, Bon Niêng, Liêng Hót), Raglai (Katơr, Mấu), the Khmer men's and women's "Chau" and "Néang", and the Buddhist
 * clergy's "Thích". A person's name in this genre is 2–4 capitalized syllables that start with one of these. Words that are far more often something else at the head of a
 * capitalized run ("Phó" deputy, "Văn" in "Văn phòng", "Quốc" in "Quốc hội") are left out.
 */
import { unifyTones } from "../../text/fold.ts";

const SURNAMES_LIST = `
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lâm Mai
Trịnh Trương Lương Lại Hà Tạ Cao Châu Tô Đoàn Vương Chu Kiều Lưu Phùng Quách Thái Tôn Tống
Triệu Từ La Lã Lò Lục Mạc Nông Ông Quan Thân Thạch Tiêu Ứng Vi Vy Viên Âu Bạch Bế Cù Diệp
Doãn Đàm Đậu Đồng Giang Giáp Hầu Hứa Khổng Khúc Kim Kha Lạc Lữ Lư Mẫn Nghiêm Ninh Phí Sầm
Tăng Thiều Trà Trình Ưng Văng Cầm Lộc Bàn Phương Quản Đái Khuất Tào Uông Cấn Chử Dư Hàn Phù
Khương Lăng Lường Ma Nhữ Sử Thào Giàng Sùng Vàng Lầu Mùa Điểu Danh Hoa Huỳnh Lai Mông
Thạch Thang Tòng Trang Yên Ôn Chế Công Đồ Hình Kha Lều Mạch Nguyên Phó Quang Sơn Thi
Rah Ksor Siu Rơ Rmah Kpă Nay Puih Ksơr
Chẩu Chảo Phàn Tẩn Tráng Vừ Chá Cứ Hờ Sình Lồ Pờ Quàng Điêu Lù Lèo Nịnh Sần Tao Ly Mua Cháng Xồng Hạng Phàng
Đàng Alăng Pơloong Bling Katơr Chamaléa Kră Liêng Thông Đạo Pinăng Thích
Lô Lang Xa Thèn Lỳ Mã Vì Đèo Bạc
Chau Néang Văn Ngạc Sa Ngụy Trầm Diêm Khưu Ngân Rcom Cil Kơ Păng Bon Mấu Đới Ong Hán Ung Vòng Moong
`;

// Kept out although they are family names: they start capitalized runs that are not names far
// more often (Phó Chủ tịch, Quang Trung street, Sơn La, Công an, Nguyên as in Thái Nguyên, the
// Thái family name "Vì" as "because" opening a sentence); and the Khmer women's "Thị" ("Thị Sa
// Phon"), which is otherwise a middle name or heads "Thị xã".
// So is the Khmer family name "Kiên" ("Kiên Thị Bích Ngọc"), which mostly starts places ("Kiên Lương", "Kiên Hải").
// And "Văn", the middle name, also a family name ("Văn Thị Bích Ngọc", "Văn Đình Tùng"); and the Thái
// "Sa" ("Sa Văn Páo"), which starts places too ("Sa Pa", "Sa Đéc"); and the Thái "Ngân" ("Ngân Văn Tuấn"),
// which starts "Ngân hàng" set in capitals; and "Hán" ("Hán Văn Cường"), which starts "Hán Nôm".
const AMBIGUOUS = new Set(["Phó", "Quang", "Sơn", "Công", "Nguyên", "Thi", "Thị", "Vì", "Kiên", "Văn", "Sa", "Ngân", "Hán"]);

/**
 * Family names kept out that still start a name in the right company (`startsNameAfter`). "Phó"
 * and "Nguyên" never do: "Phó Văn phòng" and "Nguyên Chủ tịch" are titles.
 */
export const isSometimesSurname = (word: string): boolean => word !== "Phó" && word !== "Nguyên" && AMBIGUOUS.has(word);

/**
 * Whether such a family name starts a name, given the capitalized syllables that follow it
 * (`after`): the middle name "Thị" or "Văn", or two more syllables (the Khmer "Sơn Thị Sa Rinh",
 * "Sơn Minh Đức"), where the places and words it starts have two ("Sơn La", "Quang Trung").
 */
export const startsNameAfter = (after: readonly string[]): boolean => after[0] === "Thị" || after[0] === "Văn" || after.length >= 2;

export const SURNAMES: ReadonlySet<string> = new Set(
  SURNAMES_LIST.split(/\s+/).filter((s) => s && !AMBIGUOUS.has(s)).map((s) => unifyTones(s.normalize("NFC"))),
);

/**
 * The Ê Đê and M'nông write a name with a prefix before the given and family names: "Y" for
 * men, "H'" for women ("Y Thanh Hà Niê Kđăm", "H'Yim Kđoh"), "K'" in Lâm Đồng ("K'Mát"). Such a
 * name may run to five syllables. Bahnar, Xơ Đăng and Gia Rai men of Kon Tum and Gia Lai are named
 * with "A" before the given name ("A Pớt", "A Pháo"), women with "Y". K'Ho women of Lâm Đồng are named
 * with "Ka" ("Ka Huyền").
 */
export const isHighlandsNameStart = (word: string): boolean => word === "Y" || word === "A" || word === "Ka" || /^[HK]'\p{Lu}/u.test(word);

/**
 * Capitalized runs that look like names but are not persons of the news: a city, a historical or
 * legendary figure ("Mẹ Âu Cơ"), countries whose names start with a family name ("Đại sứ … Vương
 * quốc Hà Lan"), the Youth Union of an agencies' bloc ("Bí thư Đoàn Khối các cơ quan tỉnh"), a bar
 * association ("Chủ nhiệm Đoàn Luật sư tỉnh"), and the country's name after a profession ("Liên đoàn
 * Luật sư Việt Nam").
 */
export const NOT_PERSON_NAMES: ReadonlySet<string> = new Set(["hồ chí minh", "hà lan", "hàn quốc", "thái lan", "ma rốc", "mông cổ", "cao miên", "đoàn khối", "đoàn luật", "việt nam", "âu cơ", "lạc long quân"]);

/**
 * Names given at baptism, which Catholics write before the family name ("Linh mục Phêrô Lê Văn
 * Nhàn", "Giuse Đặng Minh Triết"): part of the person's name as written.
 */
export const BAPTISMAL_NAMES: ReadonlySet<string> = new Set(unifyTones(`
  Phêrô Phaolô Giuse Gioan Giacôbê Anrê Antôn Đaminh Phanxicô Vinhsơn Micae Gioakim Tôma Matthêu
  Luca Máccô Stêphanô Augustinô Martinô Phêlixê Philipphê Batôlômêô Inhaxiô Laurensô Gabriel
  Raphael Simon Barnaba Maria Anna Têrêsa Cêcilia Catarina Rosa Lucia Agata Mátta Monica Elisabeth
`).split(/\s+/u).filter(Boolean));
