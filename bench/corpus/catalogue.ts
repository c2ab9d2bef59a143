/**
 * Party documents the news cites. A fixed catalogue, so the same directive
 * (39-CT/TW, 05-CT/TW …) recurs across provinces and years as it does in reality.
 * Subjects are taken from or modelled on real citations; dates drive "N năm thực hiện".
 */
import type { Province } from "./provinces.ts";
import { mixSeed, Rng } from "./random.ts";
import { type Day, dayOf, ymd } from "./calendar.ts";

export type CentralIssuer = "Bộ Chính trị" | "Ban Bí thư" | "Ban Chấp hành Trung ương Đảng";

export interface CentralDoc {
  kind: "directive" | "resolution";
  /** "39-CT/TW", "18-NQ/TW" */
  key: string;
  num: string;
  issuer: CentralIssuer;
  issued: Day;
  /** Term of the issuing Central Committee: "XII". */
  term: string;
  /** Without the leading "về". */
  subject: string;
  /** For a plenum's numbered resolution: the plenum, "sáu" / 6. */
  plenum: number | null;
}

/** A plenum resolution cited without a number: keyed NQ-TW<plenum>-<term>. */
export interface PlenumResolution {
  key: string;
  plenum: number;
  term: string;
  issued: Day;
  subject: string;
}

/** A plenum as a meeting that a provincial report may mention (with its days). */
export interface Plenum {
  plenum: number;
  term: string;
  start: Day;
  end: Day;
}

export interface ProvincialDoc {
  kind: "directive" | "resolution";
  /** "06-NQ/TU" */
  key: string;
  num: string;
  issued: Day;
  subject: string;
}

/** Documents that are cited but not scored: conclusions (KL) and plans (KH). */
export interface UnscoredDoc {
  key: string;
  label: string;
  issuer: string;
  subject: string;
}

function termOf(day: Day): string {
  if (day < dayOf("2016-01-28")) return "XI";
  if (day < dayOf("2021-02-01")) return "XII";
  return "XIII";
}

const directive = (num: string, issuer: CentralIssuer, issued: string, subject: string): CentralDoc => ({
  kind: "directive",
  key: `${num}-CT/TW`,
  num,
  issuer,
  issued: dayOf(issued),
  term: termOf(dayOf(issued)),
  subject,
  plenum: null,
});

const resolution = (
  num: string,
  issuer: CentralIssuer,
  issued: string,
  plenum: number | null,
  subject: string,
): CentralDoc => ({
  kind: "resolution",
  key: `${num}-NQ/TW`,
  num,
  issuer,
  issued: dayOf(issued),
  term: termOf(dayOf(issued)),
  subject,
  plenum,
});

export const CENTRAL_DOCS: readonly CentralDoc[] = [
  directive("05", "Bộ Chính trị", "2016-05-15", "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
  directive("13", "Ban Bí thư", "2017-01-12", "tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng"),
  directive("20", "Ban Bí thư", "2018-01-18", "tiếp tục tăng cường, nâng cao chất lượng nghiên cứu, biên soạn, tuyên truyền, giáo dục lịch sử Đảng"),
  directive("23", "Ban Bí thư", "2018-02-09", "tiếp tục đổi mới, nâng cao chất lượng, hiệu quả học tập, nghiên cứu, vận dụng và phát triển chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh trong tình hình mới"),
  directive("25", "Ban Bí thư", "2018-08-08", "đẩy mạnh và nâng cao tầm đối ngoại đa phương đến năm 2030"),
  directive("36", "Bộ Chính trị", "2019-08-16", "tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy"),
  directive("38", "Ban Bí thư", "2019-09-17", "đẩy mạnh công tác bảo hiểm y tế trong tình hình mới"),
  directive("39", "Bộ Chính trị", "2014-05-21", "tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay"),
  directive("41", "Ban Bí thư", "2020-04-15", "tăng cường phối hợp và triển khai đồng bộ các biện pháp đảm bảo an toàn, an ninh mạng"),
  directive("42", "Ban Bí thư", "2020-03-24", "tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai"),
  directive("43", "Ban Bí thư", "2020-05-11", "tăng cường sự lãnh đạo của Đảng đối với hoạt động của Hội Nhà báo Việt Nam trong tình hình mới"),
  directive("44", "Ban Bí thư", "2020-05-20", "đổi mới, nâng cao chất lượng hiệu quả công tác xuất bản, phát hành và nghiên cứu, học tập sách lý luận, chính trị"),
  directive("04", "Ban Bí thư", "2021-06-02", "tăng cường sự lãnh đạo của Đảng đối với công tác thu hồi tiền, tài sản bị thất thoát, chiếm đoạt trong các vụ án hình sự về tham nhũng, kinh tế"),
  directive("21", "Ban Bí thư", "2023-05-04", "tiếp tục đổi mới, phát triển và nâng cao chất lượng giáo dục nghề nghiệp đến năm 2030, tầm nhìn đến năm 2045"),
  directive("35", "Bộ Chính trị", "2024-06-14", "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
  resolution("18", "Ban Chấp hành Trung ương Đảng", "2017-10-25", 6, "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"),
  resolution("19", "Ban Chấp hành Trung ương Đảng", "2017-10-25", 6, "tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập"),
  resolution("20", "Ban Chấp hành Trung ương Đảng", "2017-10-25", 6, "tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân trong tình hình mới"),
  resolution("21", "Ban Chấp hành Trung ương Đảng", "2017-10-25", 6, "công tác dân số trong tình hình mới"),
  resolution("26", "Ban Chấp hành Trung ương Đảng", "2018-05-19", 7, "tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ"),
  resolution("33", "Ban Chấp hành Trung ương Đảng", "2014-06-09", 9, "xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước"),
  resolution("36", "Ban Chấp hành Trung ương Đảng", "2018-10-22", 8, "Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045"),
  resolution("06", "Bộ Chính trị", "2022-01-24", null, "quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045"),
  resolution("27", "Ban Chấp hành Trung ương Đảng", "2022-11-09", 6, "tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới"),
  resolution("28", "Ban Chấp hành Trung ương Đảng", "2022-11-17", 6, "tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới"),
  resolution("29", "Ban Chấp hành Trung ương Đảng", "2022-11-17", 6, "tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045"),
  resolution("41", "Bộ Chính trị", "2023-10-10", null, "xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới"),
  resolution("42", "Ban Chấp hành Trung ương Đảng", "2023-11-24", 8, "tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới"),
  resolution("43", "Ban Chấp hành Trung ương Đảng", "2023-11-24", 8, "tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc"),
  resolution("57", "Bộ Chính trị", "2024-12-22", null, "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
];

const plenumResolution = (plenum: number, term: string, issued: string, subject: string): PlenumResolution => ({
  key: `NQ-TW${plenum}-${term}`,
  plenum,
  term,
  issued: dayOf(issued),
  subject,
});

export const PLENUM_RESOLUTIONS: readonly PlenumResolution[] = [
  plenumResolution(4, "XII", "2016-10-30", "tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ"),
  plenumResolution(4, "XIII", "2021-10-10", "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
  plenumResolution(10, "XIII", "2024-09-20", "các dự thảo văn kiện trình Đại hội XIV của Đảng"),
  plenumResolution(11, "XIII", "2025-04-12", "sắp xếp tổ chức bộ máy của hệ thống chính trị và các dự thảo văn kiện trình Đại hội XIV của Đảng"),
];

const plenum = (n: number, term: string, start: string, end: string): Plenum => ({
  plenum: n,
  term,
  start: dayOf(start),
  end: dayOf(end),
});

export const PLENUMS: readonly Plenum[] = [
  plenum(7, "XII", "2018-05-07", "2018-05-12"),
  plenum(8, "XII", "2018-10-02", "2018-10-07"),
  plenum(10, "XII", "2019-05-15", "2019-05-20"),
  plenum(11, "XII", "2019-10-07", "2019-10-12"),
  plenum(12, "XII", "2020-05-11", "2020-05-13"),
  plenum(3, "XIII", "2021-06-28", "2021-07-01"),
  plenum(4, "XIII", "2021-10-04", "2021-10-07"),
  plenum(5, "XIII", "2022-05-04", "2022-05-10"),
  plenum(6, "XIII", "2022-10-03", "2022-10-08"),
  plenum(7, "XIII", "2023-05-17", "2023-05-20"),
  plenum(8, "XIII", "2023-10-02", "2023-10-07"),
  plenum(9, "XIII", "2024-05-16", "2024-05-18"),
  plenum(10, "XIII", "2024-09-18", "2024-09-20"),
  plenum(11, "XIII", "2025-04-10", "2025-04-12"),
];

export const CENTRAL_UNSCORED: readonly UnscoredDoc[] = [
  { key: "21-KL/TW", label: "Kết luận số 21-KL/TW", issuer: "của Ban Chấp hành Trung ương khóa XIII", subject: "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống" },
  { key: "102-KL/TW", label: "Kết luận số 102-KL/TW", issuer: "của Bộ Chính trị khóa XI", subject: "về hội quần chúng trong tình hình mới" },
  { key: "14-KL/TW", label: "Kết luận số 14-KL/TW", issuer: "của Bộ Chính trị", subject: "về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung" },
  { key: "03-KH/TW", label: "Kế hoạch số 03-KH/TW", issuer: "của Bộ Chính trị", subject: "về tiếp tục đẩy mạnh xây dựng, chỉnh đốn Đảng" },
  { key: "144-QĐ/TW", label: "Quy định số 144-QĐ/TW", issuer: "của Bộ Chính trị", subject: "về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới" },
];

const PROVINCIAL_RESOLUTION_SUBJECTS = [
  "phát triển du lịch {level} {P} đến năm 2030",
  "phát triển đô thị {level} {P} giai đoạn {T1} - {T2}, tầm nhìn đến năm {T3}",
  "chuyển đổi số {level} {P} đến năm {T2}, định hướng đến năm {T3}",
  "xây dựng nông thôn mới gắn với đô thị văn minh giai đoạn {T1} - {T2}",
  "phát triển nguồn nhân lực chất lượng cao đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa",
  "nâng cao chất lượng, hiệu quả công tác cán bộ, xây dựng đội ngũ cán bộ các cấp",
  "phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm {Y}",
  "phát triển khoa học và công nghệ {level} {P} giai đoạn {T1} - {T2}, định hướng đến năm {T3}",
  "phát triển nông nghiệp ứng dụng công nghệ cao",
  "đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
  "phát triển hạ tầng giao thông đồng bộ, hiện đại giai đoạn {T1} - {T3}",
  "xây dựng và phát triển văn hóa, con người {P} đáp ứng yêu cầu phát triển bền vững",
];

const PROVINCIAL_DIRECTIVE_SUBJECTS = [
  "tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy",
  "đẩy mạnh công tác dân vận trong tình hình mới",
  "tăng cường công tác bảo đảm trật tự, an toàn giao thông",
  "lãnh đạo đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ {T1} - {T2}",
  "tăng cường công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
  "nâng cao chất lượng sinh hoạt chi bộ",
  "tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
  "đẩy mạnh phong trào thi đua yêu nước",
  "tăng cường công tác quản lý đất đai, tài nguyên, khoáng sản",
];

/** Each province's own resolutions and directives, numbered in order of issue. */
export function provincialCatalogue(seed: number, index: number, province: Province): ProvincialDoc[] {
  const rng = new Rng(mixSeed(seed, 0x70c, index));
  const docs: ProvincialDoc[] = [];
  // Plans run over the five-year term in which they are issued.
  const fill = (s: string, year: number) => {
    const t1 = year < 2021 ? 2016 : 2021;
    return s
      .replaceAll("{P}", province.name)
      .replaceAll("{level}", province.level)
      .replaceAll("{Y}", String(year))
      .replaceAll("{T1}", String(t1))
      .replaceAll("{T2}", String(t1 + 4))
      .replaceAll("{T3}", String(t1 + 14));
  };
  let num = rng.int(1, 6);
  for (let day = dayOf("2016-03-01"); day < dayOf("2025-03-01"); day += rng.int(90, 240)) {
    const isResolution = rng.chance(0.6);
    const year = ymd(day).y;
    const subject = fill(rng.pick(isResolution ? PROVINCIAL_RESOLUTION_SUBJECTS : PROVINCIAL_DIRECTIVE_SUBJECTS), year);
    const n = String(num).padStart(2, "0");
    docs.push({ kind: isResolution ? "resolution" : "directive", key: `${n}-${isResolution ? "NQ" : "CT"}/TU`, num: n, issued: day, subject });
    num += rng.int(1, 4);
  }
  return docs;
}
