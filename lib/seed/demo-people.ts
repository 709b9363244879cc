import { idCardCheckChar } from "@/lib/validation/id-card";

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林"];
const GIVEN = ["建国", "秀英", "志强", "桂兰", "海燕", "卓玛", "扎西", "德吉", "明", "丽", "军", "芳", "强", "敏", "磊", "静", "洋", "艳", "勇", "娟", "拉姆", "尼玛", "晓东", "春梅"];

/** A deterministic fictional person: name, sex and a resident ID with a valid check digit. */
export function demoPerson(countyCode: string, n: number) {
  const name = `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`;
  const year = 1950 + ((n * 13) % 60);
  const month = String(1 + ((n * 5) % 12)).padStart(2, "0");
  const day = String(1 + ((n * 11) % 28)).padStart(2, "0");
  const seq = String(100 + ((n * 37) % 900)).padStart(3, "0");
  const sex = Number(seq[2]) % 2 === 1 ? "MALE" : "FEMALE";
  const first17 = `${countyCode}${year}${month}${day}${seq}`;
  return {
    name,
    sex: sex as "MALE" | "FEMALE",
    idNumber: first17 + idCardCheckChar(first17),
    phone: `139${String(80000000 + n * 7919).slice(0, 8)}`,
  };
}
