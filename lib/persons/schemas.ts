import { z } from "zod";
import { dateField, ID_TYPES, optionalText, phoneField, SEXES, text } from "@/lib/validation/fields";

/** The person fields shared by case and contact registration (column lengths of Person). */
export const personFields = {
  name: text(50),
  sex: z.enum(SEXES).optional(),
  birthDate: dateField.optional(),
  idType: z.enum(ID_TYPES).optional(),
  idNumber: z.string().trim().min(1, "errors.required").max(30).optional(),
  phone: phoneField.optional(),
  address: optionalText(200),
};

export interface PersonInput {
  name: string;
  sex?: "MALE" | "FEMALE";
  birthDate?: string;
  idType?: "RESIDENT_ID" | "PASSPORT" | "OTHER";
  idNumber?: string;
  phone?: string;
  address?: string;
}
