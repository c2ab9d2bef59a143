/**
 * Who chaired and who attended, from one sentence. The one rule for chairing lives here:
 * "chủ trì", "dự và chủ trì", "đồng chủ trì" bind to the person (or list of persons) written
 * just before the verb, or to the list after it ("đồng chủ trì hội nghị gồm: A; B; C");
 * "dưới sự chủ trì của" binds to the persons after it. Leading a delegation ("dẫn đầu"),
 * opening ("phát biểu khai mạc") or "dự và chỉ đạo" make an attendee, not a chair. Anyone else
 * named in a sentence that places people at the meeting (attending, travelling with, speaking,
 * raising a matter, receiving an award) attended, as did anyone named in a sentence set at the meeting ("Tại phiên chất vấn, …"); a
 * person only cited ("Theo ông X, …"), spoken of by a speaker ("đồng chí X nhấn mạnh, … do Tổng
 * Bí thư Y làm Trưởng ban …") or by the meeting ("kỷ luật … đối với ông X"), speaking to the press
 * or writing in it, recalled at an earlier time
 * ("Trước đó, ông X đã cho biết …"), elected by the meeting, said not to be able to attend, or
 * signing an award decision did not.
 */
import { isPunct, wordsAt, type Token } from "../text/tokens.ts";
import { matchPhrase, phraseIndex, type PhraseIndex } from "./lexicon/phrases.ts";
import { MEETING_NOUNS, plannedIn, tellsEarlierOccasion } from "./meetings.ts";
import { lateMarkerAt, officeHeadAt, provinceLengthAt } from "./names.ts";
import { DELEGATION_KINDS, rankAt } from "./offices.ts";
import { FOR_THOSE, THEN_WAS } from "./people.ts";

export type Role = "chair" | "attendee";

/** A person mention reduced to what the rule needs: its token span and whether it is only cited. */
export interface MentionSpan {
  start: number;
  end: number;
  quoted: boolean;
}

// Words that may stand between the members of one list of persons; a dash closing the titles set off
// after a name ("Ông A - bí thư Tỉnh ủy - và bà B - chủ tịch UBND tỉnh - đồng chủ trì").
const LIST_GLUE = new Set([",", ";", ":", "-", "và", "cùng", "với", "các", "đồng", "chí", "gồm", "có"]);
const MAX_GLUE = 6;
// How far after "chủ trì" a list may be announced ("đồng chủ trì hội nghị gồm:").
const LIST_ANNOUNCE_WINDOW = 6;
const PRESENCE = phraseIndex([
  "dự", "tham dự", "cùng đi", "đi cùng", "đến dự", "dẫn đầu", "làm trưởng đoàn", "tiếp", "làm việc", "có mặt",
  // Being there, in the words some outlets prefer ("Hội nghị còn có sự góp mặt của đồng chí X", "sự hiện diện của").
  "góp mặt", "hiện diện",
  // Those an expanded plenum invited ("Thành phần mở rộng gồm đồng chí X, nguyên Bí thư Tỉnh ủy; …").
  "thành phần mở rộng", "thành phần tham dự", "thành phần dự",
  "tham gia", "phát biểu", "trình bày", "truyền đạt", "kết luận", "khai mạc", "bế mạc",
  "chỉ đạo", "nhấn mạnh", "yêu cầu", "đề nghị", "lưu ý", "bày tỏ", "khẳng định",
  "ghi nhận", "cho biết", "cho rằng", "báo cáo", "thông báo", "thông tin", "ý kiến", "quán triệt", "giới thiệu",
  "trao", "chúc mừng", "biểu dương", "phát động", "tặng", "chủ trì", "điều hành",
  // A question from the floor of a dialogue ("Anh X, ở huyện Ea Kar, hỏi về giá phân bón").
  "hỏi", "đặt câu hỏi", "nêu câu hỏi", "băn khoăn", "trăn trở",
  // "Về phía tỉnh có đồng chí …", "Phía tỉnh Gia Lai có ông …": the hosts' side of a working session.
  "về phía", "phía tỉnh", "phía thành phố", "phía huyện", "phía xã", "phía phường",
  "phía nhà đầu tư", "phía doanh nghiệp", "phía công ty",
  // Reading out a report or a decision at the meeting; presenting a paper to it ("Tham luận tại hội nghị, …");
  // presenting a draft ("Đồng chí X triển khai dự thảo chương trình hành động …").
  "đọc", "tham luận", "triển khai",
  // Going over the results ("đồng chí X, Phó Chủ tịch … điểm lại kết quả 8 năm thực hiện Đề án …").
  "điểm lại",
  // Putting a draft to the meeting ("Chủ tịch UBND phường X thông qua dự thảo kế hoạch …").
  "thông qua dự thảo", "thông qua tờ trình", "thông qua báo cáo", "thông qua nghị quyết", "thông qua chương trình", "thông qua kế hoạch", "thông qua quy chế", "thông qua nội dung",
  // Those elected taking the oath before the council ("đã thực hiện nghi thức tuyên thệ").
  "tuyên thệ",
  // Raising a matter with the meeting ("đồng chí X kiến nghị …", "nêu khó khăn", "mong muốn tỉnh hỗ trợ …");
  // a pledge ("Ông X cam kết …", "anh Y, Bí thư Tỉnh đoàn hứa đảm nhận …"; "hứa" lower-case only,
  // "Hứa" is a family name too).
  "kiến nghị", "đề xuất", "mong muốn", "mong được", "cam kết", "hứa", "nêu", "bổ sung", "đề cập", "góp ý", "thảo luận", "chia sẻ", "trao đổi", "làm rõ", "gợi mở",
  // Speaking frankly ("ông X, Tổng Giám đốc …, thẳng thắn: “…”").
  "thẳng thắn",
  // Warning the meeting ("PGS.TS X, Viện trưởng Viện Dinh dưỡng cảnh báo …"), or judging how things went
  // ("ông X, Chủ tịch Hiệp hội … đánh giá, Nghị quyết 68 đã tạo …").
  "cảnh báo", "đánh giá",
  // Questioning and answering at a People's Council or Assembly session; the meeting's secretary;
  // announcing a result or a decision ("công bố kết quả kiểm phiếu").
  "chất vấn", "trả lời chất vấn", "đặt câu hỏi", "làm thư ký", "công bố",
  // Leading its programme or a talk ("đồng chí X, Chánh Văn phòng Đảng ủy xã dẫn chương trình hội nghị",
  // "Tọa đàm do đồng chí X … dẫn dắt").
  "dẫn chương trình", "dẫn dắt",
  // Answering questions at a press conference, or a delegate's question ("Giám đốc Sở Y tế X trả lời: …").
  "trả lời câu hỏi", "trả lời",
  // Receiving an award at a ceremony ("nhận Huy hiệu 55 năm tuổi Đảng"); an investor receiving the
  // project's certificate or decision ("ông X, Tổng Giám đốc Công ty … nhận giấy chứng nhận đầu tư").
  "nhận huy hiệu", "nhận bằng khen", "nhận giấy khen", "nhận huân chương", "nhận huy chương", "nhận kỷ niệm chương", "nhận cờ", "đón nhận",
  "nhận giải", "lên nhận giải", "nhận giấy chứng nhận", "nhận chứng nhận", "nhận quyết định",
  // A craft village or an artisan recognised ("Cùng nhận bằng công nhận tại hội nghị có ông X").
  "nhận bằng công nhận", "nhận danh hiệu",
  // Those the meeting honours, listed ("Các cá nhân được khen thưởng gồm: A, …; B, …").
  "được khen thưởng",
  // Performing at the ceremony ("Nghệ nhân Ưu tú X … đã trình diễn kỹ thuật …").
  "trình diễn",
  // A delegate answering voters or delegates ("tiếp thu, giải trình các ý kiến"); a director answering
  // questions ("Đồng chí X, Giám đốc Sở Tài chính thừa nhận vướng mắc …").
  "giải trình", "phản ánh", "thừa nhận",
  // Words said there ("“…”, ông Khoa nói tại hội nghị", "Chị X … kể tại hội nghị rằng …").
  "nói tại", "kể tại", "nói bên lề",
  // A speaker at a seminar analysing a matter ("PGS.TS X, Trưởng khoa … phân tích …").
  "phân tích",
  // A delegate telling the meeting their story ("Ông X, nông dân xóm Bưa, kể lại …").
  "kể lại", "kể về",
  // Thanks said at a ceremony ("em X, thủ khoa ngành …, xúc động gửi lời cảm ơn tới thầy cô"), on behalf of
  // a family ("Thay mặt gia đình, bà X, con gái đồng chí Y, xúc động cảm ơn Tỉnh ủy …").
  "gửi lời cảm ơn", "gửi lời tri ân", "xúc động cảm ơn",
  // Explaining a matter raised ("Giải thích nguyên nhân chậm giải ngân, Giám đốc Sở Xây dựng X nói rằng …");
  // disseminating a document to the meeting ("Nội dung Chỉ thị số 07-CT/TU do X phổ biến").
  "giải thích", "phổ biến",
  // Signing at the meeting ("Ký biên bản phía Quảng Trị là bà X", "hai bên ký kết thỏa thuận").
  "ký kết", "ký biên bản", "ký bản ghi nhớ", "ký thỏa thuận",
  // A senior monk gracing a meeting with his presence ("Hòa thượng X … quang lâm chứng minh hội nghị").
  "quang lâm",
  // At one of the bridges of an online conference ("Tại điểm cầu huyện Phong Thổ, đồng chí X …").
  "điểm cầu",
  // The presidium that runs a congress ("Đoàn Chủ tịch Đại hội gồm các đồng chí: …").
  "đoàn chủ tịch",
]);
const CHAIRING = ["chủ", "trì"];
// "cơ quan chủ trì", "đơn vị chủ trì": the agency that leads a task; not "Cục trưởng Cục Hải quan chủ trì".
const LEAD_AGENCIES: ReadonlyArray<readonly string[]> = [["cơ", "quan"], ["đơn", "vị"], ["ngành"]];
// "X chủ tọa kỳ họp": presiding over a session is chairing it (same length as "chủ trì").
const PRESIDING = ["chủ", "tọa"];
// "X chủ trì tại điểm cầu tỉnh": chairing one bridge of an online conference, at which X attends.
const A_BRIDGE = ["điểm", "cầu"];
const AT_A_BRIDGE = new Set(["tại", "ở"]);
// The province's own bridge ("tại điểm cầu tỉnh", "… Tỉnh ủy", "… Quảng Trị").
const PROVINCE_BRIDGE = phraseIndex(["tỉnh", "thành phố", "tỉnh ủy", "thành ủy", "trung tâm"]);
// The main bridge, where the conference itself is chaired ("tại điểm cầu chính").
const MAIN_BRIDGE = "chính";

/**
 * Whether the bridge named by "tại điểm cầu" at `k` is one bridge only: a commune's or a district's,
 * or any but the main one of a conference held above the province (`heldAbove`: the Government's,
 * the Politburo's). A province's leader at the province's bridge of the province's own conference
 * ("tổ chức hội nghị trực tuyến đến 124 điểm cầu xã; đồng chí X chủ trì tại điểm cầu tỉnh") chairs it.
 */
function oneBridgeAt(tokens: readonly Token[], k: number, heldAbove: boolean): boolean {
  if (!AT_A_BRIDGE.has(tokens[k]?.lower ?? "")) return false;
  const bridge = tokens[k + 1]?.lower === "các" ? k + 2 : k + 1;
  if (!wordsAt(tokens, bridge, A_BRIDGE)) return false;
  const place = bridge + A_BRIDGE.length;
  if (tokens[place]?.lower === MAIN_BRIDGE) return false;
  return heldAbove || !(matchPhrase(tokens, place, PROVINCE_BRIDGE) > 0 || provinceLengthAt(tokens, place) > 0);
}

/**
 * Whether "chủ trì" at `i` chairs one bridge only: said of it after the verb ("chủ trì tại điểm cầu xã
 * …"), or before, opening its clause ("Tại điểm cầu phường Pleiku, đồng chí X, … chủ trì; tại điểm cầu
 * xã …"). Opening the clause, the province's bridge is the one a provincial outlet reports, even of a
 * national conference ("Tại điểm cầu tỉnh Quảng Trị, đồng chí X, Bí thư Tỉnh ủy chủ trì"): its chair chairs.
 */
function chairsABridgeOnly(tokens: readonly Token[], i: number, heldAbove: boolean): boolean {
  let clause = i;
  while (clause > 0 && !isPunct(tokens[clause - 1], ";")) clause--;
  return oneBridgeAt(tokens, i + CHAIRING.length, heldAbove) || oneBridgeAt(tokens, clause, false);
}

const LEADING_A_TASK = ["phối", "hợp"];
// "tạo điều kiện để Mặt trận chủ trì giám sát, phản biện …": leading an activity, not a meeting.
const LED_ACTIVITIES = phraseIndex(["giám sát", "phản biện", "xây dựng", "soạn thảo", "tham mưu", "thẩm định", "kiểm tra", "rà soát", "triển khai thực hiện"]);
// "đã chủ trì tổ chức hơn 12.000 cuộc giám sát": activities counted are led, not a meeting chaired.
const ABOUT_A_COUNT = new Set(["hơn", "gần", "trên", "khoảng", "được"]);
const ORGANIZING = ["tổ", "chức"];

/** Whether a count of activities follows the "chủ trì" whose object starts at `k`. */
function countLedAt(tokens: readonly Token[], k: number): boolean {
  let j = k + (wordsAt(tokens, k, ORGANIZING) ? ORGANIZING.length : 0);
  if (ABOUT_A_COUNT.has(tokens[j]?.lower ?? "")) j++;
  return tokens[j]?.kind === "number";
}
// "ký quyết định tặng Bằng khen": the signer of an award decision is not placed where it is handed over.
const AWARDING = new Set(["tặng", "trao"]);
// "dự báo, …", "dự báo: …": a forecast told, as "cho biết, …" tells.
const forecastTold = (tokens: readonly Token[], i: number): boolean => tokens[i + 1]?.lower === "báo" && isPunct(tokens[i + 2], ",:");
const NOT_PRESENCE_AFTER_DU = new Set(["kiến", "thảo", "án", "báo", "toán", "định", "trữ", "phòng", "khuyết", "bị"]);
// "tiếp" receives a visitor; "tiếp tục" goes on, "tiếp cận" reaches, "tiếp nhận" takes in.
const NOT_PRESENCE_AFTER_TIEP = new Set(["tục", "cận", "nhận", "nối", "theo", "giáp", "diễn", "thị", "sức", "quản"]);
// "tham gia cách mạng", "tham gia quân đội": a life's course told, not taking part in the meeting.
const JOINING = ["tham", "gia"];
const NOT_PRESENCE_AFTER_JOINING = phraseIndex(["cách mạng", "quân đội", "kháng chiến", "công tác", "lực lượng"]);
// Speaking to the press ("Trao đổi với phóng viên trước hội nghị, ông X cho biết …") or in it quotes a
// person without placing them at the meeting, unless the sentence puts the talk there.
const TO_THE_PRESS = phraseIndex([
  "với phóng viên", "với pv", "với báo chí", "trả lời phỏng vấn", "phỏng vấn", "trả lời báo chí", "trả lời phóng viên",
  // An interview with a named paper ("Trao đổi với Báo Gia Lai hồi tháng 11/2025, ông X cho biết …"),
  // not a working session with it ("làm việc với Báo Nhân Dân").
  "trao đổi với báo", "chia sẻ với báo", "nói với báo", "trả lời báo",
  // "Phóng viên … đã có cuộc trao đổi với đồng chí X": an interview's lead.
  "cuộc trao đổi với",
  // Writing in a paper ("trong bài viết đăng trên Báo An Giang, ông X cho rằng …").
  "bài viết", "đăng trên",
  // Talking to the reporters ("trò chuyện với chúng tôi tại nhà văn hóa bản, ông X …"), or by phone
  // ("Bà X … cho biết qua điện thoại, …"; not "điều khiển qua điện thoại", what a device does).
  "với chúng tôi", "cho biết qua điện thoại", "trao đổi qua điện thoại", "chia sẻ qua điện thoại", "nói qua điện thoại",
  // Talking with a visiting leader on the spot ("Trò chuyện với Phó Thủ tướng, ông X, chủ hai tàu cá, cho biết …").
  "trò chuyện với",
]);
export const AT_THE_MEETING = phraseIndex([
  "bên lề", "tại hội nghị", "tại buổi", "tại cuộc", "tại kỳ họp", "tại phiên", "tại đại hội", "tại ngày hội",
  // Within its programme ("Trong chương trình tập huấn, Phó Giám đốc Sở Nội vụ X hướng dẫn …").
  "trong chương trình hội nghị", "trong chương trình tập huấn", "trong chương trình đại hội", "trong chương trình làm việc",
]);

// What the meeting decides on persons ("thi hành kỷ luật … Ban Thường vụ và đồng chí X"): they are not placed by it.
const DISCIPLINE = phraseIndex(["kỷ luật", "khiển trách", "cảnh cáo", "cách chức", "khai trừ"]);
// The work of enforcing it, named as a field ("công tác kiểm tra, giám sát và thi hành kỷ luật đảng
// năm 2025 do đồng chí X trình bày"), decides on nobody.
const DISCIPLINE_AS_WORK = phraseIndex(["kỷ luật đảng", "kỷ luật trong đảng"]);

/** Whether the word of discipline at `tokens[i]` decides on persons: not the field, nor "kỷ luật đảng" of "kỷ luật đảng viên". */
function decidesDiscipline(tokens: readonly Token[], i: number): boolean {
  if (!matchPhrase(tokens, i, DISCIPLINE)) return false;
  const field = matchPhrase(tokens, i, DISCIPLINE_AS_WORK);
  return !field || tokens[i + field]?.lower === "viên";
}
const HEADS_A_BODY = ["làm", "trưởng", "ban"];
// The boards a congress elects to run itself, whose heads are there ("Ban Kiểm phiếu … do X làm Trưởng ban").
const CONGRESS_BOARDS = phraseIndex(["ban kiểm phiếu", "ban thẩm tra tư cách đại biểu", "đoàn thư ký"]);
const congressBoardBefore = (tokens: readonly Token[], end: number): boolean => {
  for (let k = 0; k < end; k++) if (matchPhrase(tokens, k, CONGRESS_BOARDS)) return true;
  return false;
};
// Those a sentence introduces after "của": the presence ("sự tham dự của đồng chí X"), the report, paper
// or speech ("tham luận của ông X", "phần phát biểu của anh X") of persons named.
const PERSONS_INTRODUCED = phraseIndex(["đồng chí", "các đồng chí", "ông", "bà", "anh", "chị"]);
const ELECTED = ["được", "bầu"];
// "Đồng chí X, … tái đắc cử Chủ tịch UBND phường": elected again.
const RE_ELECTED = ["tái", "đắc", "cử"];
// A person spoken about ("thi hành kỷ luật … đối với ông X", "khiển trách bà Y") is not placed by it.
// So is one given as an example ("tiêu biểu như cựu chiến binh X").
// And the leader whose directions, views or words are cited ("Quán triệt chỉ đạo của Đại tướng X
// tại …", "nhắc lại nhận định của Tổng Bí thư X", "Nhắc lại lời căn dặn của đồng chí X").
const SPOKEN_ABOUT_BEFORE: ReadonlyArray<readonly string[]> = [
  ["đối", "với"], ["khiển", "trách"], ["cảnh", "cáo"], ["cách", "chức"], ["như"],
  // What an inspection commission concludes of someone ("UBKT Tỉnh ủy kết luận ông X đã thiếu trách nhiệm").
  ["kết", "luận"],
  ["chỉ", "đạo", "của"], ["chỉ", "đạo", "trực", "tiếp", "của"], ["lãnh", "đạo", "của"], ["nhận", "định", "của"], ["quan", "điểm", "của"], ["lời", "của"],
  ["căn", "dặn", "của"], ["lời", "dạy", "của"], ["di", "chúc", "của"],
  // "Ông dẫn lại lời Thủ tướng X tại buổi làm việc … hồi tháng 4": someone's words, quoted.
  ["lời"],
  // An author whose books or articles are studied ("học tập các cuốn sách của đồng chí Tổng Bí thư X").
  ["sách", "của"], ["tác", "phẩm", "của"], ["bài", "viết", "của"],
  // A study cited ("Dẫn kết quả nghiên cứu của GS.TS. X, …").
  ["nghiên", "cứu", "của"], ["công", "trình", "của"],
  // The family of someone honoured in their absence ("thân nhân ông X lên nhận thay"), and the one
  // whose child speaks ("ông Y, con trai đồng chí X, đọc lời cảm tạ").
  ["thân", "nhân"], ["gia", "đình"], ["dòng", "họ"], ["con", "trai"], ["con", "gái"],
  // The leaders a land is proud to have raised ("quê hương của Tổng Bí thư Trần Phú và …"), and the
  // example followed ("Học tập tấm gương đồng chí Hà Huy Tập, …").
  ["quê", "hương", "của"], ["tấm", "gương"], ["noi", "gương"],
  // A case a report gives ("Báo cáo dẫn trường hợp ông X, …").
  ["trường", "hợp"],
  // The late leader the rites are for ("Lễ truy điệu và Lễ đưa tang đồng chí X").
  ["truy", "điệu"], ["đưa", "tang"], ["tưởng", "niệm"], ["viếng"],
  // The head who delegated the chair ("Được sự ủy quyền của Chủ tịch UBND tỉnh X, đồng chí Y chủ trì").
  ["ủy", "quyền", "của"],
  // One whose story is told or whose letter is read ("kể lại chuyện chị X", "đọc đoạn thư của chị Y").
  ["chuyện"], ["thư", "của"],
  // The one whose life and birthday a seminar recalls ("tài liệu gắn với cuộc đời đồng chí X", "kỷ niệm
  // 100 năm Ngày sinh đồng chí X").
  ["cuộc", "đời"], ["cuộc", "đời", "của"], ["sự", "nghiệp", "của"], ["ngày", "sinh"], ["ngày", "sinh", "của"],
  // The one whose greetings are brought to the meeting ("chuyển tới hội nghị lời chúc mừng của đồng chí X").
  ["chúc", "mừng", "của"], ["thăm", "hỏi", "của"],
  // One thanked ("Đồng chí X cảm ơn đồng chí Bí thư Tỉnh ủy …"), there or not: the thanks do not say.
  ["cảm", "ơn"],
  // One whose service is recognised ("ghi nhận đóng góp của đồng chí X", retired): it does not say either.
  ["đóng", "góp", "của"], ["công", "lao", "của"], ["cống", "hiến", "của"],
  // The one a demand is addressed to ("… đồng thời yêu cầu đồng chí X nghiêm túc rút kinh nghiệm").
  ["yêu", "cầu"],
  // One whose responsibility is to be looked into ("… để làm rõ trách nhiệm của ông X, nguyên Giám đốc …").
  ["trách", "nhiệm", "của"],
];
// What a person once said, recalled ("đồng chí X … từng nhấn mạnh", "Y đã nhiều lần lưu ý").
const ONCE_SAID: ReadonlyArray<readonly string[]> = [["từng"], ["đã", "từng"], ["nhiều", "lần"], ["đã", "nhiều", "lần"]];
const SAID_OR_BEFALLEN: ReadonlyArray<readonly string[]> = [...ONCE_SAID, ["bị"]];

// What a speaker says, after "nhấn mạnh," / "cho biết:": the persons it names are spoken of, not placed.
const SPEECH = phraseIndex([
  "nhấn mạnh", "cho biết", "khẳng định", "nêu rõ", "chia sẻ", "lưu ý", "thông tin", "thông báo", "kể",
  // What a report shows ("Báo cáo … do ông X trình bày cho thấy, … Mặt trận đã chủ trì …").
  "cho thấy",
]);

const REQUESTS = phraseIndex(["đề nghị", "yêu cầu"]);

/** Tokens of a delegation head's role in lower case after a person's offices ("trưởng đoàn công tác"), else 0. */
const delegationRoleAt = (tokens: readonly Token[], k: number): number =>
  wordsAt(tokens, k, ["trưởng", "đoàn"]) ? 2 + matchPhrase(tokens, k + 2, DELEGATION_KINDS) : 0;

// What one named after ";" goes on to do in a clause of their own ("…; đồng chí B báo cáo tóm tắt dự thảo").
const OWN_CLAUSE_VERBS = phraseIndex(["báo cáo", "trình bày", "phát biểu", "cho biết", "thông tin", "nêu", "đề nghị", "kiến nghị"]);

/** Mentions joined into lists: index of the list each mention belongs to. */
function listsOf(tokens: readonly Token[], mentions: readonly MentionSpan[]): number[] {
  const list: number[] = [];
  // "Các đồng chí: A, …, Trưởng Ban Chỉ đạo của Tỉnh ủy về …, chuyển đổi số; B, … đồng chủ trì": in a
  // list announced by a colon, ";" ends an item, whatever of its office the mention left out.
  const announced = mentions.length > 1 && tokens.slice(Math.max(0, mentions[0]!.start - 1), mentions[0]!.end).some((t) => isPunct(t, ":"));
  mentions.forEach((m, i) => {
    const prev = mentions[i - 1];
    let glued = Boolean(prev);
    let glue = 0;
    let from = prev?.end ?? 0;
    for (let k = m.start - 1; announced && k > from; k--) {
      if (!isPunct(tokens[k], ";")) continue;
      from = k;
      break;
    }
    for (let k = from; glued && k < m.start; k++) {
      // "… và Thiếu tướng, GS.TS. Hoàng Đình Lũy": ranks and degrees before the next name are not glue.
      const rank = rankAt(tokens, k);
      // "A, Thứ trưởng Bộ Công Thương, trưởng đoàn công tác, và B, …": the role one has on the trip is no glue either.
      const role = rank ? 0 : delegationRoleAt(tokens, k);
      if (rank) k += rank - (isPunct(tokens[k + rank], ".") ? 0 : 1);
      else if (role) k += role - 1;
      else glued = LIST_GLUE.has(tokens[k]!.lower) && ++glue <= MAX_GLUE;
    }
    // "… dưới sự chủ trì của đồng chí A, …; đồng chí B báo cáo tóm tắt dự thảo": after ";", one who goes on
    // to speak opens a clause of their own.
    if (glued && !announced && matchPhrase(tokens, m.end, OWN_CLAUSE_VERBS) && tokens.slice(prev!.end, m.start).some((t) => isPunct(t, ";"))) glued = false;
    list.push(glued ? list[i - 1]! : i);
  });
  return list;
}

// How far before "chủ trì" the "giao" that hands someone a task may stand.
const TASK_WINDOW = 10;

// "giao" in words that give no task: traffic, exchanges, trade, a briefing; a handover, a courtesy call.
const NOT_GIVING_AFTER = new Set(["thông", "lưu", "dịch", "thương", "ban"]);
const NOT_GIVING_BEFORE = new Set(["bàn", "xã", "ngoại"]);

/** Whether `tokens[k]` gives a task ("giao đồng chí X chủ trì"): not "giao thông", "bàn giao", "xã giao", "Bộ Ngoại giao". */
const givesATask = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === "giao" && !NOT_GIVING_AFTER.has(tokens[k + 1]?.lower ?? "") && !NOT_GIVING_BEFORE.has(tokens[k - 1]?.lower ?? "");

/** Whether "giao" stands shortly before `tokens[i]` within the clause: a task given, not a meeting chaired. */
function taskGivenBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - TASK_WINDOW) && !isPunct(tokens[k], ",;:."); k--) if (givesATask(tokens, k)) return true;
  return false;
}

/**
 * Whether the "chủ trì" at `tokens[i]` leads a task rather than chairs a meeting: "giao rõ cơ quan
 * chủ trì", one given a task to lead ("Bộ trưởng giao Thứ trưởng X chủ trì"), or the formula for
 * leading it with others ("Dự thảo do Ban Tuyên giáo chủ trì, phối hợp với Sở … xây dựng"), or an
 * activity led ("để Mặt trận chủ trì giám sát", "chủ trì tổ chức hơn 12.000 cuộc giám sát"). Nor
 * does one chair a sitting still to come ("ông Y, Chủ tịch UBND tỉnh sẽ chủ trì phiên bế mạc").
 */
function leadsATask(tokens: readonly Token[], i: number): boolean {
  const after = i + CHAIRING.length + (isPunct(tokens[i + CHAIRING.length], ",") ? 1 : 0);
  const clause = clauseStartBefore(tokens, i);
  return LEAD_AGENCIES.some((w) => wordsAt(tokens, i - w.length, w)) || taskGivenBefore(tokens, i) || wordsAt(tokens, after, LEADING_A_TASK) || matchPhrase(tokens, i + CHAIRING.length, LED_ACTIVITIES) > 0 || countLedAt(tokens, i + CHAIRING.length) || plannedIn(tokens, clause, i) || matchPhrase(tokens, clause, RESEARCH) > 0;
}

// A research project one leads ("Đề tài đánh giá bãi đẻ của rùa biển … do ThS X chủ trì đã được nghiệm thu").
const RESEARCH = phraseIndex(["đề tài", "dự án nghiên cứu", "nhiệm vụ khoa học", "chương trình nghiên cứu"]);

/** Whether the clause a mention starts in says it is still to come ("dự kiến do đồng chí X, … chủ trì"). */
const plannedAt = (tokens: readonly Token[], m: MentionSpan): boolean => plannedIn(tokens, clauseStartBefore(tokens, m.start), m.start);

/** First token of the clause (between ",;:" marks) that token `i` stands in. */
function clauseStartBefore(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !isPunct(tokens[k - 1], ",;:")) k--;
  return k;
}

const anyAt = (tokens: readonly Token[], phrases: PhraseIndex): boolean => tokens.some((_, i) => matchPhrase(tokens, i, phrases) > 0);

/**
 * "Ông X, …, trước đó cho Dân trí biết …", "Trao đổi với Tuổi Trẻ trước đó, Y cho biết …": words said
 * before the meeting, "trước đó" before the sentence's last verb of presence at `verb` (a sentence
 * opening "Trước đó, …" is another occasion altogether; "X trình bày báo cáo đã được thông qua trước
 * đó" is not).
 */
function toldEarlier(tokens: readonly Token[], verb: number): boolean {
  for (let k = 1; k < verb; k++) if (tokens[k]!.lower === "trước" && tokens[k + 1]?.lower === "đó") return true;
  return false;
}

/**
 * Whether the words of PRESENCE at `tokens[i]` are said here: not "Hứa", a family name, for "hứa"; and
 * "bổ sung" only as adding to what was said ("X bổ sung, …", "bổ sung ý kiến", "bổ sung thêm").
 */
function saidHere(tokens: readonly Token[], i: number, length: number): boolean {
  const t = tokens[i]!;
  if (t.lower === "hứa") return !t.cap;
  if (t.lower === "bổ") return isPunct(tokens[i + length], ",:") || ["thêm", "ý"].includes(tokens[i + length]?.lower ?? "");
  return true;
}

function hasPresence(tokens: readonly Token[]): boolean {
  // A sentence about a research project ("Đề tài đánh giá … do ThS X chủ trì đã được nghiệm thu") places no one.
  if (matchPhrase(tokens, 0, RESEARCH)) return false;
  // A sentence set at the meeting ("Tại kỳ họp, …", "Cũng tại phiên chất vấn, …") places whoever acts in it.
  const opening = tokens[0]?.lower === "cũng" ? 1 : 0;
  if (matchPhrase(tokens, opening, AT_THE_MEETING)) return true;
  // "Đoàn công tác tỉnh Quảng Ngãi có các đồng chí: …": the visiting delegation's members, there.
  if (tokens[0]?.lower === "đoàn" && anyAt(tokens, DELEGATION_MEMBERS)) return true;
  if (anyAt(tokens, TO_THE_PRESS) && !anyAt(tokens, AT_THE_MEETING)) return false;
  // Only a sentence that goes back to earlier words needs its last verb; any other is placed by its first.
  const earlier = toldEarlier(tokens, tokens.length) && !anyAt(tokens, AT_THE_MEETING);
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    // Inside a capitalized name ("Ban Chỉ đạo") a verb-like word is part of the name.
    if (tokens[i]!.cap && tokens[i - 1]?.cap) continue;
    // Heading one of the congress's own boards ("Ban Kiểm phiếu …, do X làm Trưởng ban") is being there.
    const length = matchPhrase(tokens, i, PRESENCE) || (wordsAt(tokens, i, HEADS_A_BODY) && congressBoardBefore(tokens, i) ? HEADS_A_BODY.length : 0);
    const word = tokens[i]!.lower;
    // "kiến nghị của ông X", "báo cáo của Ban Thường vụ": a noun, the petition or report of someone, as
    // is one a sentence opens by citing ("Theo báo cáo ban đầu của Công an tỉnh, …");
    // "những vi phạm nêu trên": the violations above; "được nêu gương": held up as an example.
    // Not "có sự tham dự của đồng chí X": the presence of the person named right after.
    const presenceOf = tokens[i - 1]?.lower === "sự" && (tokens[i + length + 1]?.cap || matchPhrase(tokens, i + length + 1, PERSONS_INTRODUCED) > 0);
    const ofSomeone = (tokens[i + length]?.lower === "của" && !presenceOf) || (i === 1 && tokens[0]!.lower === "theo");
    if (!length || !saidHere(tokens, i, length) || (ofSomeone && !reportOrPaperBy(tokens, i)) || (word === "nêu" && ["trên", "gương"].includes(tokens[i + 1]?.lower ?? ""))) continue;
    // Not "dự kiến", "dự thảo", "dự báo" …; but a forecast told at the meeting is said there ("Ông X,
    // Giám đốc Công ty Điện lực dự báo, phụ tải có thể tăng …").
    if (length === 1 && word === "dự" && NOT_PRESENCE_AFTER_DU.has(tokens[i + 1]?.lower ?? "") && !forecastTold(tokens, i)) continue;
    if (length === 1 && word === "tiếp" && NOT_PRESENCE_AFTER_TIEP.has(tokens[i + 1]?.lower ?? "")) continue;
    if (wordsAt(tokens, i, JOINING) && matchPhrase(tokens, i + JOINING.length, NOT_PRESENCE_AFTER_JOINING)) continue;
    if (length === 1 && AWARDING.has(word) && tokens[i - 2]?.lower === "quyết" && tokens[i - 1]?.lower === "định") continue;
    // "2 đồng chí được tặng Huy hiệu 80 năm tuổi Đảng là …": those awarded, not said to be there.
    if (length === 1 && AWARDING.has(word) && tokens[i - 1]?.lower === "được") continue;
    if (wordsAt(tokens, i, CHAIRING) && leadsATask(tokens, i)) continue;
    // "những người do tỉnh giới thiệu ứng cử … có các đồng chí: …": nominated, not presenting.
    if (wordsAt(tokens, i, NOMINATING) && (wordsAt(tokens, i + NOMINATING.length, ["ứng", "cử"]) || tokens[i - 1]?.lower === "được")) continue;
    // "Đồng chí X sẽ dự và chủ trì": presence still to come.
    if (plannedIn(tokens, clauseStartBefore(tokens, i), i)) continue;
    if (!earlier) return true;
    last = i;
  }
  return last >= 0 && !toldEarlier(tokens, last);
}

/**
 * Whether the PRESENCE words at `tokens[i]`, followed by "của", are a person's report, paper or speech
 * given at the meeting: "Theo báo cáo của đồng chí X, …" opening the sentence, X reporting to the
 * meeting; "Các tham luận của ông X và ông Y …", the papers they presented; "phần phát biểu của anh X".
 */
function reportOrPaperBy(tokens: readonly Token[], i: number): boolean {
  const report = i === 1 && tokens[0]!.lower === "theo" && wordsAt(tokens, i, ["báo", "cáo", "của"]);
  const speech = ["phần", "bài"].includes(tokens[i - 1]?.lower ?? "") && wordsAt(tokens, i, ["phát", "biểu", "của"]);
  return (report || speech || wordsAt(tokens, i, ["tham", "luận", "của"])) && matchPhrase(tokens, i + 3, PERSONS_INTRODUCED) > 0;
}

const NOMINATING = ["giới", "thiệu"];
const DELEGATION_MEMBERS = phraseIndex(["có các đồng chí", "gồm các đồng chí", "gồm có"]);

const PROGRAMME_OPENING = phraseIndex(["theo chương trình", "theo kế hoạch", "theo dự kiến", "dự kiến"]);

/**
 * Whether the sentence tells what is still to come, placing nobody: "sẽ" before its first person
 * ("Trong hai ngày tới, học viên sẽ được nghe đồng chí X …"), or anywhere after an opening that
 * gives the programme ("Theo kế hoạch, ngày 25/6, đoàn … do đồng chí Y làm trưởng đoàn sẽ làm việc …").
 * Not a "sẽ" quoted ("“Chúng tôi sẽ …”, ông Z nói tại hội nghị").
 */
function tellsProgramme(tokens: readonly Token[], firstMention: number): boolean {
  let quoted = false;
  let future = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPunct(t, "“”\"")) quoted = t.text === "“" || (t.text === "\"" && !quoted);
    else if (!quoted && t.lower === "sẽ") {
      if (k < firstMention) return true;
      future = true;
    }
  }
  return future && matchPhrase(tokens, 0, PROGRAMME_OPENING) > 0;
}

/** Index of the first mention starting at or after token `k`, else -1 (mentions are in order). */
function firstMentionFrom(mentions: readonly MentionSpan[], k: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < k) lo = mid + 1;
    else hi = mid;
  }
  return lo < mentions.length ? lo : -1;
}

/** Index of the last mention ending at or before token `k`, else -1. */
function lastMentionBefore(mentions: readonly MentionSpan[], k: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The mentions that a "chủ trì" at token `i` names as chairs (a list index), else -1. */
function chairListOf(tokens: readonly Token[], mentions: readonly MentionSpan[], lists: readonly number[], i: number): number {
  // "đồng chủ trì hội nghị gồm: A; B; C", "dưới sự chủ trì của Đoàn Chủ tịch gồm các đồng chí: A, …;
  // B, …": the list announced after the verb.
  const announced = (): number | null => {
    for (let k = i + 2; k < Math.min(tokens.length, i + 2 + LIST_ANNOUNCE_WINDOW); k++) {
      if (tokens[k]!.lower === "gồm" || tokens[k]!.text === ":") {
        const m = firstMentionFrom(mentions, k);
        return m >= 0 ? lists[m]! : -1;
      }
    }
    return null;
  };
  if (tokens[i - 1]?.lower === "sự") {
    // "dưới sự chủ trì của đồng chí X": the persons right after.
    const m = firstMentionFrom(mentions, i + 2);
    return m >= 0 && mentions[m]!.start - (i + 2) <= 2 ? lists[m]! : (announced() ?? -1);
  }
  const list = announced();
  if (list !== null) return list;
  // "cùng chủ trì có đồng chí X": the persons after.
  if (tokens[i + 2]?.lower === "có") {
    const m = firstMentionFrom(mentions, i + 3);
    return m >= 0 && mentions[m]!.start - (i + 3) <= 2 ? lists[m]! : -1;
  }
  // "Đồng chí X, … dự và chủ trì": the person (or list) written before; else "Chủ trì … có đồng chí X".
  const before = lastMentionBefore(mentions, i);
  if (before >= 0) return lists[before]!;
  const after = firstMentionFrom(mentions, i + 2);
  return after >= 0 ? lists[after]! : -1;
}

/** "cùng (với) (các) đồng chí" at `tokens[k]`: how many words, else 0. */
function withComradesAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== "cùng") return 0;
  let j = k + 1;
  if (tokens[j]?.lower === "với") j++;
  if (tokens[j]?.lower === "các") j++;
  return wordsAt(tokens, j, ["đồng", "chí"]) ? j + 2 - k : 0;
}

/**
 * The list of those said to chair with the subject of the "chủ trì" at `tokens[i]` ("X chủ trì hội
 * nghị cùng các đồng chí: A, …; B, …"), else -1.
 */
function chairingWith(tokens: readonly Token[], mentions: readonly MentionSpan[], lists: readonly number[], i: number): number {
  let k = i + CHAIRING.length;
  k += matchPhrase(tokens, k, MEETING_NOUNS);
  const glue = withComradesAt(tokens, k);
  if (!glue || lastMentionBefore(mentions, i) < 0) return -1;
  // The first of them, whose mention may open with the glue's "các đồng chí".
  const m = firstMentionFrom(mentions, k);
  const names = k + glue + (isPunct(tokens[k + glue], ":") ? 1 : 0);
  return m >= 0 && mentions[m]!.start >= k && mentions[m]!.start <= names ? lists[m]! : -1;
}

/**
 * "Ông Huy dẫn đầu đoàn và cùng ông Mạc Quang Vinh, Bí thư Tỉnh ủy, đồng chủ trì buổi làm việc": the one
 * who co-chairs "cùng" the list `list` that the "đồng chủ trì" at `tokens[i]` names, else -1.
 */
function coChairBefore(tokens: readonly Token[], mentions: readonly MentionSpan[], lists: readonly number[], list: number, i: number): number {
  const first = mentions[list]!;
  if (tokens[i - 1]?.lower !== "đồng" || first.start > i || !(tokens[first.start - 1]?.lower === "cùng" || wordsAt(tokens, first.start - 2, ["cùng", "với"]))) return -1;
  const before = lastMentionBefore(mentions, first.start);
  return before >= 0 ? lists[before]! : -1;
}

/** Where the ranks and degrees written before a name start ("nhận định của GS.TS. X"), else `start`. */
function beforeDegrees(tokens: readonly Token[], start: number): number {
  let k = start;
  for (let moved = true; moved; ) {
    moved = false;
    const end = isPunct(tokens[k - 1], ".") ? k - 1 : k;
    for (let n = 1; n <= 3 && !moved; n++) {
      if (end - n >= 0 && rankAt(tokens, end - n) === n) {
        k = end - n;
        moved = true;
      }
    }
  }
  return k;
}

/** Whether words of SPOKEN_ABOUT_BEFORE end right before `start`, or before the degrees written there. */
function spokenAboutBefore(tokens: readonly Token[], start: number): boolean {
  const degrees = beforeDegrees(tokens, start);
  return SPOKEN_ABOUT_BEFORE.some((w) => wordsAt(tokens, start - w.length, w) || (degrees < start && wordsAt(tokens, degrees - w.length, w)));
}

/**
 * Whether a person is only spoken of: disciplined or spoken about ("đối với ông X"), or the agent of
 * words recalled ("quan điểm được Tổng Bí thư X nhấn mạnh").
 */
const spokenAbout = (tokens: readonly Token[], m: MentionSpan): boolean =>
  spokenAboutBefore(tokens, m.start) ||
  (tokens[m.start - 1]?.lower === "được" && matchPhrase(tokens, m.end, SPEECH) > 0) ||
  // A committee named in passing with its head ("Ban Chỉ đạo … do Tổng Bí thư X làm Trưởng ban"), not
  // one acting at the meeting ("Ban kiểm phiếu do đồng chí X … làm Trưởng ban công bố kết quả"); the
  // signer of a report sent in ("báo cáo do đồng chí X, Bí thư Huyện ủy ký").
  // Not the congress's own boards ("Ban Kiểm phiếu gồm 5 đồng chí, do đồng chí X … làm Trưởng ban").
  (tokens[m.start - 1]?.lower === "do" &&
    ((wordsAt(tokens, m.end, HEADS_A_BODY) && !matchPhrase(tokens, m.end + HEADS_A_BODY.length, PRESENCE) && !congressBoardBefore(tokens, m.start)) ||
      tokens[m.end]?.lower === "ký")) ||
  // Elected by the meeting ("bầu ông X giữ chức …", "bà Y được bầu làm …"): what it decides, not who was there.
  tokens[m.start - 1]?.lower === "bầu" || wordsAt(tokens, m.end, ELECTED) ||
  // "ông X, nguyên Bộ trưởng …, từng nêu": after the office set off by commas too. So is what befalls
  // someone ("ông X, nguyên Phó Giám đốc …, bị xử lý kỷ luật", "bị khởi tố").
  SAID_OR_BEFALLEN.some((w) => wordsAt(tokens, m.end + (isPunct(tokens[m.end], ",") ? 1 : 0), w));

// A text that speaks ("Điếu văn nêu rõ, năm 1947, … đồng chí X đã tham gia cách mạng"): a eulogy, a report, a letter.
const SPEAKING_TEXTS = phraseIndex(["điếu văn", "diễn văn", "báo cáo", "tờ trình", "thông báo", "bức thư", "thư", "lời kêu gọi"]);
const textSpeaks = (tokens: readonly Token[], verbAt: number): boolean => {
  const text = matchPhrase(tokens, 0, SPEAKING_TEXTS);
  return text > 0 && verbAt === text;
};

/**
 * Whether mention `idx` is spoken of, or joins by "và" one that is ("quê hương của Tổng Bí thư A và
 * Tổng Bí thư B"); a comma may close an adverbial instead ("Học tập tấm gương đồng chí A, đồng chí B đề nghị").
 */
function spokenOfInList(tokens: readonly Token[], mentions: readonly MentionSpan[], lists: readonly number[], idx: number): boolean {
  if (spokenAbout(tokens, mentions[idx]!)) return true;
  const joinedByAnd = idx > 0 && lists[idx] === lists[idx - 1] && tokens.slice(mentions[idx - 1]!.end, mentions[idx]!.start).some((t) => t.lower === "và");
  return joinedByAnd && spokenOfInList(tokens, mentions, lists, idx - 1);
}

/** "Đồng chí cho biết, …", "Ông nhấn mạnh, …": the person just named speaks, referred to by a pronoun. */
const pronounSpeaks = (tokens: readonly Token[], verbAt: number): boolean =>
  (verbAt === 2 && tokens[0]?.lower === "đồng" && tokens[1]?.lower === "chí") || (verbAt === 1 && ["ông", "bà"].includes(tokens[0]?.lower ?? ""));

/**
 * Token where a named speaker's words start ("đồng chí X nhấn mạnh, …"), or what the meeting decides
 * on persons ("thi hành kỷ luật …"), else the sentence's end.
 */
export function speechStart(tokens: readonly Token[], mentions: readonly MentionSpan[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (decidesDiscipline(tokens, i)) return i;
    // "… cho rằng thành quả có dấu ấn của … đồng chí X": what follows "rằng" is the speaker's view;
    // what follows "đề nghị", "yêu cầu", the speaker's request ("Thứ trưởng đề nghị tỉnh thực hiện kết
    // luận tại phiên họp … do Thủ tướng X chủ trì ngày 27/9").
    if (tokens[i]!.lower === "rằng" && lastMentionBefore(mentions, i) >= 0) return i + 1;
    const request = matchPhrase(tokens, i, REQUESTS);
    if (request && lastMentionBefore(mentions, i) >= 0) return i + request;
    const verb = matchPhrase(tokens, i, SPEECH);
    if (!verb) continue;
    const after = tokens[i + verb];
    if (isPunct(after, ",:") && (lastMentionBefore(mentions, i) >= 0 || pronounSpeaks(tokens, i) || textSpeaks(tokens, i))) return i + verb;
  }
  return tokens.length;
}

/**
 * Role of each mention (by index) that the sentence gives one. `reportsOwnMeeting`: the sentence
 * itself reports the (dated) meeting its roles are for, as an aside recalling one does. `listedPresent`:
 * the sentence is an item of a list of those present ("Thành phần tham dự:" then "- Đồng chí X, …;").
 * `heldAbove`: the meeting is held above the province (the Government's, the Politburo's), so one who
 * chairs at the province's bridge attends it.
 */
export function rolesIn(tokens: readonly Token[], mentions: readonly MentionSpan[], reportsOwnMeeting: boolean, listedPresent = false, heldAbove = false): Map<number, Role> {
  const roles = new Map<number, Role>();
  if (!mentions.length) return roles;
  // "Trước đó, ông X đã cho biết …": an earlier occasion places nobody at the meeting being reported.
  if (!reportsOwnMeeting && tellsEarlierOccasion(tokens)) return roles;
  // "Trong thư, đồng chí Chủ tịch … ghi nhận …": what a letter sent to the meeting says.
  if (matchPhrase(tokens, 0, IN_A_LETTER)) return roles;
  // What a speaker reports ("… cho biết, Mặt trận đã chủ trì giám sát 1.246 cuộc") chairs nothing.
  const spoken = speechStart(tokens, mentions);
  // "Theo chương trình, …, học viên sẽ được nghe đồng chí X …": the programme still to come.
  if (tellsProgramme(tokens, mentions[0]!.start)) return roles;
  const lists = listsOf(tokens, mentions);
  const chairLists = new Set<number>();
  const plannedChairs = new Set<number>();
  let chairCue = false;
  for (let i = 0; i < spoken; i++) {
    if (!(wordsAt(tokens, i, CHAIRING) || wordsAt(tokens, i, PRESIDING)) || chairsABridgeOnly(tokens, i, heldAbove)) continue;
    if (leadsATask(tokens, i)) continue;
    chairCue = true;
    const list = chairListOf(tokens, mentions, lists, i);
    // "Phiên thảo luận tổ dự kiến do đồng chí X, … chủ trì": chairs of a sitting still to come, not placed at all.
    if (list >= 0) (plannedAt(tokens, mentions[list]!) ? plannedChairs : chairLists).add(list);
    const withThem = chairingWith(tokens, mentions, lists, i);
    if (withThem >= 0 && withThem !== list) chairLists.add(withThem);
    const together = list >= 0 ? coChairBefore(tokens, mentions, lists, list, i) : -1;
    if (together >= 0) chairLists.add(together);
  }
  const present = chairCue || listedPresent || hasPresence(tokens);
  mentions.forEach((m, idx) => {
    // "Đồng chí Lò Văn Phong: Ngay sau khi Chỉ thị được ban hành, …": an interview's speaker label,
    // whose answer tells of the work without placing the speaker at a meeting; unless a list of what
    // speakers said there heads it ("Ý kiến của một số sở, ngành tại phiên họp:").
    if (m.quoted || (m.start === 0 && isPunct(tokens[m.end], ":") && !listedPresent)) return;
    // "… từ năm 2022, khi đồng chí X, lúc bấy giờ là Bí thư Huyện ủy, trực tiếp chủ trì …": what one did
    // then, in the post held then; unless the sentence reports that earlier meeting, with its day.
    if (!reportsOwnMeeting && toldAsThen(tokens, m)) return;
    if (nominated(tokens, m) || ofTheLate(tokens, m)) return;
    // "A, B và C không trực tiếp dự": what follows a list is said of all its members.
    let last = idx;
    while (lists[last + 1] === lists[idx]) last++;
    // "Giao đồng chí X, Trưởng Ban …, chủ trì, phối hợp …": one given a task in a speech is not placed by it.
    // Not "tiếp xã giao bà X", a courtesy call received.
    if (plannedChairs.has(lists[idx]!) || givesATask(tokens, m.start - 1)) return;
    if (chairLists.has(lists[idx]!)) {
      // In a list that chairs, one only spoken of does not ("Được sự ủy quyền của Chủ tịch UBND tỉnh X, đồng chí Y … chủ trì").
      if (!spokenAbout(tokens, m)) roles.set(idx, "chair");
    } else if (present && m.start < spoken && !spokenOfInList(tokens, mentions, lists, idx) && !saidAbsent(tokens, mentions[last]!, mentions[last + 1]) && !givenAsExample(tokens, m) && !greetingsConveyedFrom(tokens, m) && !honouredAfterDeath(tokens, mentions, idx)) roles.set(idx, "attendee");
  });
  return roles;
}

/** The token before mention `m` and the words introducing it ("đồng chí", "ông", "bà"). */
function beforeIntroducer(tokens: readonly Token[], m: MentionSpan): number {
  let at = m.start - 1;
  while (at >= 0 && ["đồng", "chí", "ông", "bà"].includes(tokens[at]!.lower)) at--;
  return at;
}

// How far after a nominee's titles the election they are put up for is said ("…, để HĐND tỉnh bầu giữ chức …").
const NOMINATION_REACH = 6;

/**
 * Whether mention `m` is one the meeting puts up for an election ("thống nhất giới thiệu đồng chí X, …, để
 * HĐND tỉnh bầu giữ chức …", "giới thiệu đồng chí Y ứng cử …"): named, not placed there.
 */
function nominated(tokens: readonly Token[], m: MentionSpan): boolean {
  if (!wordsAt(tokens, beforeIntroducer(tokens, m) - 1, ["giới", "thiệu"])) return false;
  for (let k = m.end; k < Math.min(tokens.length, m.end + NOMINATION_REACH); k++) if (tokens[k]!.lower === "bầu" || wordsAt(tokens, k, ["ứng", "cử"])) return true;
  return false;
}

/**
 * Whether mention `m` is of a time gone by, "khi" before it and the office held then after it ("…, khi đồng
 * chí X, lúc bấy giờ là …"); not one who acts at the meeting and is given the office held at its time
 * ("Đồng chí X, khi đó là Trưởng Ban Tổ chức Tỉnh ủy, trình bày báo cáo").
 */
function toldAsThen(tokens: readonly Token[], m: MentionSpan): boolean {
  if (tokens[beforeIntroducer(tokens, m)]?.lower !== "khi") return false;
  for (let k = m.start; k < m.end; k++) if (isPunct(tokens[k], ",") && THEN_WAS.some((w) => wordsAt(tokens, k + 1, w))) return true;
  return false;
}

// After an election's verb, what else a council decides on persons ("miễn nhiệm", "cho thôi", "bãi
// nhiệm", "cách chức"): those named after it are not elected.
const OTHER_DECISIONS = phraseIndex(["miễn nhiệm", "cho thôi", "bãi nhiệm", "cách chức", "bổ nhiệm"]);
const APPOINTED_TO = phraseIndex(["giữ chức", "làm"]);

/** Whether `tokens[k]` is the verb of an election ("bầu", not "bầu cử"). */
const electsAt = (tokens: readonly Token[], k: number): boolean => tokens[k]?.lower === "bầu" && tokens[k + 1]?.lower !== "cử";

/**
 * The mentions a sentence says the meeting elects: "đồng chí A, …, (tiếp tục) được bầu giữ chức …",
 * "bầu đồng chí B và đồng chí C giữ chức …; đồng chí D giữ chức …", "bầu bổ sung Ủy viên UBND
 * tỉnh đối với các đồng chí: E, …". Those are not placed by it, but by the text's later word that
 * they act ("Các đồng chí vừa được bầu đã tuyên thệ"), which `thoseElectedAct` reads.
 */
export function electedIn(tokens: readonly Token[], mentions: readonly MentionSpan[]): number[] {
  const out: number[] = [];
  // Most sentences elect nobody: look no further than their words.
  if (!tokens.some((t) => t.lower === "bầu" || t.lower === "đắc")) return out;
  mentions.forEach((m, idx) => {
    const after = m.end + (isPunct(tokens[m.end], ",") ? 1 : 0) + (wordsAt(tokens, m.end, ["tiếp", "tục"]) ? 2 : 0);
    let verb = m.start - 1;
    while (verb >= 0 && !electsAt(tokens, verb) && !matchPhrase(tokens, verb, OTHER_DECISIONS)) verb--;
    const governed = (): boolean => {
      if (verb === m.start - 1 || wordsAt(tokens, verb + 1, ["bổ", "sung"]) || matchPhrase(tokens, m.end, APPOINTED_TO)) return true;
      for (let k = verb + 1; k < m.start; k++) if (wordsAt(tokens, k, FOR_THOSE)) return true;
      return false;
    };
    if (wordsAt(tokens, after, ELECTED) || wordsAt(tokens, after, RE_ELECTED) || (electsAt(tokens, verb) && governed())) out.push(idx);
  });
  return out;
}

// "Các đồng chí vừa được bầu đã thực hiện nghi thức tuyên thệ", "Những đồng chí mới được bầu ra mắt …".
const THOSE_ELECTED = /^(?:[^,]{1,20}, )?(?:[Cc]ác|[Nn]hững) (?:đồng chí|ông, bà|vị|đại biểu) (?:vừa|mới) (?:được |trúng cử )?bầu\b/u;
const ACTING_ONCE_ELECTED = phraseIndex(["tuyên thệ", "ra mắt", "phát biểu nhận nhiệm vụ", "nhận hoa"]);

/** Whether a sentence says that those just elected act at the meeting (take the oath, are introduced). */
export const thoseElectedAct = (tokens: readonly Token[], sentence: string): boolean =>
  THOSE_ELECTED.test(sentence) && tokens.some((_, k) => matchPhrase(tokens, k, ACTING_ONCE_ELECTED) > 0);

// "… trao Huy hiệu cho đồng chí X, do sức khỏe yếu không thể đến dự hội nghị": X was not there.
// So was one who sent their views in writing ("do bận công tác nên đã gửi ý kiến bằng văn bản"), or
// a letter or flowers ("đồng chí X … đã gửi thư chúc mừng hội nghị", read out by someone present).
const ABSENT = phraseIndex([
  "không thể đến dự", "không thể về dự", "không thể dự", "không đến dự", "không về dự", "không tham dự", "không dự", "vắng mặt",
  "gửi thư", "gửi điện", "gửi lẵng hoa", "gửi hoa",
  "bận công tác", "gửi ý kiến bằng văn bản", "có ý kiến bằng văn bản", "tham gia ý kiến bằng văn bản",
  // Honoured after death ("ông X … được truy tặng Huân chương"; "truy tặng … cho X" is honouredAfterDeath),
  // or said to have died ("…, đã từ trần năm 2024").
  "được truy tặng", "từ trần", "qua đời", "đã hy sinh",
  "không trực tiếp dự", "không trực tiếp tham dự",
  // In hospital ("Em X hiện vẫn đang điều trị do ngạt khói tại Bệnh viện …"; not a ward's doctor telling
  // how many it treats, "khoa đang điều trị 45 người bệnh").
  "vẫn đang điều trị", "đang được điều trị", "đang nằm viện",
  // Honoured with someone else receiving for them ("…, đại diện gia đình nhận thay").
  "nhận thay",
  // One who sent another in their place ("Do bận công tác đột xuất, đồng chí X, Bí thư Tỉnh ủy đã ủy quyền
  // đồng chí Y … dự"); not Y, "được ủy quyền".
  "đã ủy quyền", "ủy quyền cho", "ủy quyền đồng chí", "ủy quyền ông", "ủy quyền bà",
]);

const POSTHUMOUS = phraseIndex(["truy tặng", "truy phong", "truy điệu"]);

/**
 * "truy tặng Bằng khen cho anh Lê Văn Tâm, 27 tuổi, …": the one honoured after death, the first
 * person after "cho" in the clause, was not there.
 */
/** Whether mention `m` names one of the late ("cố Tổng Bí thư Nguyễn Phú Trọng"), who is at no meeting. */
function ofTheLate(tokens: readonly Token[], m: MentionSpan): boolean {
  for (let k = m.start; k < m.end; k++) if (lateMarkerAt(tokens, k) && officeHeadAt(tokens, k + 1)) return true;
  return false;
}

function honouredAfterDeath(tokens: readonly Token[], mentions: readonly MentionSpan[], idx: number): boolean {
  const from = idx > 0 ? mentions[idx - 1]!.end : 0;
  let recipient = false;
  for (let k = mentions[idx]!.start - 1; k >= from && !isPunct(tokens[k], ";."); k--) {
    if (tokens[k]!.lower === "cho") recipient = true;
    else if (recipient && matchPhrase(tokens, k, POSTHUMOUS)) return true;
  }
  return false;
}

const IN_A_LETTER = phraseIndex(["trong thư", "trong bức thư", "trong điện"]);

// "X chuyển lời thăm hỏi của ông Y", "gửi lời chúc mừng của đồng chí Y": Y's words, brought by another.
const CONVEYING = [["chuyển", "lời"], ["gửi", "lời"]];
const CONVEYED_WINDOW = 8;

/** Whether the person at mention `m` is the one whose greetings another conveys: not there. */
function greetingsConveyedFrom(tokens: readonly Token[], m: MentionSpan): boolean {
  if (tokens[m.start - 1]?.lower !== "của" && !["ông", "bà", "chí", "ngài"].includes(tokens[m.start - 1]?.lower ?? "")) return false;
  for (let k = m.start - 1; k >= Math.max(0, m.start - CONVEYED_WINDOW); k--) {
    if (isPunct(tokens[k], ",;.")) return false;
    if (CONVEYING.some((w) => wordsAt(tokens, k, w))) return true;
  }
  return false;
}

/** Whether the words after mention `m` (up to the next one) say the person was not at the meeting. */
// "Báo cáo nêu nhiều gương điển hình, như hộ ông X …", "Tiêu biểu là anh Y …": one the text holds up as
// an example, not one it places.
const EXAMPLE_BEFORE = phraseIndex(["điển hình như", "điển hình là", "tiêu biểu như", "tiêu biểu là", "chẳng hạn như", "như hộ", "như gia đình"]);
const EXAMPLE_REACH = 3;
// "Báo cáo dẫn mô hình trồng rau … của chị X", "… dẫn chứng mô hình của anh Y": one whose model the
// clause cites.
const MODEL_CITED = phraseIndex(["mô hình", "dẫn chứng"]);

/**
 * Whether mention `m` is given as an example: one of EXAMPLE_BEFORE ends right before it, or before its
 * household word; or its clause cites a model before it.
 */
function givenAsExample(tokens: readonly Token[], m: MentionSpan): boolean {
  for (let k = Math.max(0, m.start - EXAMPLE_REACH); k < m.start; k++) {
    const length = matchPhrase(tokens, k, EXAMPLE_BEFORE);
    if (length && (k + length === m.start || (k + length === m.start - 1 && ["hộ", "gia"].includes(tokens[m.start - 1]!.lower)))) return true;
  }
  for (let k = m.start - 1; k >= 0 && !isPunct(tokens[k], ",;.:"); k--) if (matchPhrase(tokens, k, MODEL_CITED)) return true;
  return false;
}

function saidAbsent(tokens: readonly Token[], m: MentionSpan, next: MentionSpan | undefined): boolean {
  for (let k = m.end; k < (next?.start ?? tokens.length); k++) if (matchPhrase(tokens, k, ABSENT)) return true;
  return false;
}
