import { z } from "zod";
import { pageParamField } from "../validation/common";

/** The activity page's search params. */
export const activityQuerySchema = z.object({ page: pageParamField });
