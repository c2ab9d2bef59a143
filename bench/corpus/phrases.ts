/**
 * Filler prose in the register of provincial Party newspapers. It carries no
 * names, codes or dates, so it never changes the answer key; it gives documents
 * the length and the long comma-laden sentences of the real genre.
 * Placeholders: {P} province, {level} "tỉnh"/"thành phố", {C} "Tỉnh ủy"/"Thành ủy", {n} a small number.
 */
import type { Province } from "./provinces.ts";
import type { Rng } from "./random.ts";

const RESULTS = [
  "Thời gian qua, công tác lãnh đạo, chỉ đạo được các cấp ủy, tổ chức đảng trong toàn Đảng bộ {level} quan tâm, thực hiện nghiêm túc, bài bản và có trọng tâm, trọng điểm.",
  "Các cấp ủy, tổ chức Đảng đã cụ thể hóa thành các chương trình, kế hoạch, quy định, quy chế phù hợp với điều kiện thực tế của địa phương, đơn vị.",
  "Nhận thức, trách nhiệm của cán bộ, đảng viên và các tầng lớp nhân dân được nâng lên rõ rệt; vai trò lãnh đạo của cấp ủy, người đứng đầu được phát huy.",
  "Công tác tuyên truyền được đổi mới cả về nội dung và hình thức, tạo sự đồng thuận cao trong cán bộ, đảng viên và nhân dân.",
  "Tăng trưởng kinh tế của {level} {P} duy trì ở mức khá, cơ cấu kinh tế chuyển dịch đúng hướng; đời sống vật chất và tinh thần của nhân dân từng bước được cải thiện.",
  "Nhiều mô hình hay, cách làm sáng tạo được nhân rộng, góp phần quan trọng vào việc hoàn thành các chỉ tiêu, nhiệm vụ mà Nghị quyết Đại hội Đảng bộ {level} đề ra.",
  "Toàn {level} đã tổ chức {n} hội nghị chuyên đề, thu hút hàng nghìn lượt cán bộ, đảng viên tham gia; việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được đẩy mạnh.",
  "Công tác kiểm tra, giám sát được tăng cường, kịp thời phát hiện, chấn chỉnh những hạn chế, thiếu sót, góp phần xây dựng Đảng bộ {level} trong sạch, vững mạnh.",
  "Quốc phòng, an ninh được giữ vững; chính trị - xã hội ổn định; khối đại đoàn kết toàn dân tộc tiếp tục được củng cố.",
  "Bộ máy của hệ thống chính trị từng bước được sắp xếp tinh gọn, hoạt động hiệu lực, hiệu quả; đội ngũ cán bộ các cấp có bản lĩnh chính trị vững vàng.",
  "Trong giai đoạn vừa qua, các địa phương, đơn vị trong toàn {level} đã biểu dương, khen thưởng hơn {n}0 tập thể, cá nhân có thành tích xuất sắc.",
  "Việc thực hiện đạt được những kết quả quan trọng, tạo chuyển biến tích cực trong nhận thức và hành động của cả hệ thống chính trị.",
];

const LIMITS = [
  "Bên cạnh kết quả đạt được, việc triển khai ở một số nơi còn hình thức, chưa sát với thực tiễn; sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ.",
  "Một số cấp ủy, tổ chức Đảng chưa quan tâm đúng mức đến công tác kiểm tra, giám sát, sơ kết, tổng kết; một bộ phận cán bộ, đảng viên còn biểu hiện ngại khó, ngại va chạm.",
  "Nguồn lực đầu tư còn hạn chế, chưa đáp ứng yêu cầu; chất lượng nguồn nhân lực ở một số lĩnh vực chưa cao.",
  "Công tác nắm bắt tình hình tư tưởng, dư luận xã hội có lúc chưa kịp thời; việc đấu tranh phản bác các quan điểm sai trái, thù địch có mặt còn bị động.",
  "Hội nghị đã thẳng thắn chỉ ra những hạn chế, nguyên nhân, đồng thời rút ra {n} bài học kinh nghiệm trong lãnh đạo, chỉ đạo và tổ chức thực hiện.",
  "Nêu lên những hạn chế trong thời gian qua, các ý kiến cũng đề xuất nhiều giải pháp thiết thực để khắc phục trong thời gian tới.",
];

const TASKS = [
  "Trong thời gian tới, các cấp ủy, tổ chức Đảng cần tiếp tục nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên, nhất là người đứng đầu.",
  "Hội nghị thống nhất đề ra {n} nhóm nhiệm vụ, giải pháp trọng tâm, trong đó chú trọng đổi mới nội dung, phương thức lãnh đạo của cấp ủy.",
  "Cần tăng cường công tác kiểm tra, giám sát, kịp thời biểu dương, khen thưởng những tập thể, cá nhân tiêu biểu và chấn chỉnh những nơi làm chưa tốt.",
  "Các sở, ban, ngành, địa phương được yêu cầu xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm.",
  "Tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp {level}.",
  "Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong việc giám sát, phản biện xã hội, tạo đồng thuận trong nhân dân.",
  "Đổi mới công tác tuyên truyền, đa dạng hóa hình thức, chú trọng tuyên truyền trên không gian mạng và các nền tảng số.",
  "Gắn việc thực hiện với công tác xây dựng, chỉnh đốn Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh.",
];

/** Continuations after "… nhấn mạnh," / "… đề nghị": lower case, no subject. */
const SPEECH = [
  "đây là nhiệm vụ chính trị quan trọng, thường xuyên, lâu dài của cả hệ thống chính trị",
  "các cấp ủy, chính quyền cần bám sát thực tiễn, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh",
  "mỗi cán bộ, đảng viên phải nêu cao tinh thần trách nhiệm, tiên phong, gương mẫu trong thực hiện",
  "phải coi trọng công tác kiểm tra, giám sát, đánh giá kết quả thực hiện bằng sản phẩm cụ thể",
  "cần phát huy sức mạnh tổng hợp của cả hệ thống chính trị, tạo sự đồng thuận trong nhân dân",
  "các địa phương, đơn vị khẩn trương xây dựng chương trình hành động sát với điều kiện cụ thể",
  "cần tập trung tháo gỡ các điểm nghẽn về thể chế, hạ tầng và nguồn nhân lực",
  "phải kiên quyết khắc phục tình trạng nói nhiều làm ít, nói không đi đôi với làm",
];

const CAPTIONS = [
  "Các đồng chí lãnh đạo {level} dự hội nghị.",
  "Quang cảnh hội nghị.",
  "Các đại biểu dự hội nghị.",
  "Toàn cảnh hội nghị tại điểm cầu {level}.",
  "Ảnh: Báo {P}",
];

/** One document's prose: never repeats a sentence within the document. */
export class Prose {
  private readonly used = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly province: Province,
  ) {}

  private draw(bank: readonly string[], n: number): string[] {
    const fresh = bank.filter((x) => !this.used.has(x));
    const picked = this.rng.sample(fresh.length >= n ? fresh : bank, n);
    for (const x of picked) this.used.add(x);
    return picked.map((x) => this.fill(x));
  }

  private fill(s: string): string {
    return s
      .replaceAll("{P}", this.province.display)
      .replaceAll("{level}", this.province.level)
      .replaceAll("{C}", this.province.committee)
      .replaceAll("{n}", () => String(this.rng.int(2, 9)));
  }

  /** A paragraph of 2–4 sentences drawn from one register. */
  paragraph(): string {
    const bank = this.rng.pick([RESULTS, RESULTS, LIMITS, TASKS]);
    return this.draw(bank, this.rng.int(2, 4)).join(" ");
  }

  result(): string {
    return this.draw(RESULTS, 1)[0]!;
  }

  task(): string {
    return this.draw(TASKS, 1)[0]!;
  }

  /** Continuations after "… nhấn mạnh,": lower case, joined by semicolons. */
  speech(n = 1): string {
    return this.draw(SPEECH, n).join("; ");
  }

  caption(): string {
    return this.fill(this.rng.pick(CAPTIONS));
  }
}
