import { z } from "zod";
import "zod-openapi";
import { MAX_CLASS_SEATS } from "@/lib/domain/classes";
import { ROLES } from "@/lib/domain/roles";
import { text } from "./primitives";

/** Classes (issue 11; shared/api.md "Scenarios and classes"). */

const email = z.email("Enter a valid email address").trim().toLowerCase().max(254);

export const createClassInput = z
  .object({
    name: text().trim().min(1, "Name the class").max(120, "Use at most 120 characters"),
    scenarioId: text().min(1, "Choose a scenario").max(64),
    trainees: z.array(email).min(1, "List at least one trainee").max(MAX_CLASS_SEATS, `At most ${MAX_CLASS_SEATS} trainees in one class`),
    trainerRole: z.enum(ROLES, "Choose a tenant role").optional(),
  })
  .strict()
  .meta({ id: "CreateClass" });
export type CreateClassInput = z.infer<typeof createClassInput>;

export const endClassInput = z
  .object({ keepCopies: z.boolean({ error: "Say whether to keep the copies (true) or delete them (false)" }) })
  .strict()
  .meta({ id: "EndClass" });
