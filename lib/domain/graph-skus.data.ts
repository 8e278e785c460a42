/**
 * Microsoft's published identifiers for the catalog's skus (generated-style data, no logic).
 *
 * Source: Microsoft Entra "Product names and service plan identifiers for licensing" (the downloadable CSV:
 * Product_Display_Name, String_Id, GUID, Service_Plan_Name, Service_Plan_Id). String_Id is our skuPartNumber,
 * GUID the Graph skuId. Cross-checked against community license maps that copy the same CSV
 * (graph-licensing-notes §4.2 lists the ones marked [doc]/[obs]).
 */
import type { SkuPartNumber } from "./types";

export const GRAPH_SKU_IDS: Readonly<Record<SkuPartNumber, string>> = {
  O365_BUSINESS_PREMIUM: "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
  OFFICESUBSCRIPTION: "c2273bd0-dff7-4215-9ef5-2c7bcfb06425",
  MCOIMP: "b8b749f8-a4ef-4887-9539-c95b1eaa5db7",
  MCOSTANDARD: "d42c793f-6c78-4f43-92ca-e8f6a02b035f",
  STANDARDPACK: "18181a46-0d4e-45cd-891e-60aabd171b4e",
  ENTERPRISEPACK: "6fd2c87f-b296-42f0-b197-1e91e994b900",
  ENTERPRISEWITHSCAL: "1392051d-0cb9-4b7a-88d5-621fee5e8711",
  ENTERPRISEPREMIUM_NOPSTNCONF: "26d45bd9-adf1-46cd-a9e1-51e9a5524128",
  ENTERPRISEPREMIUM: "c7df2760-2c81-4ef7-b578-5b5392b571df",
  MCOMEETADV: "0c266dff-15dd-4b49-8397-2bb16070ed52",
  MCOEV: "e43b5b99-8dfb-405f-9987-dc307f34bcbd",
  MCOPSTN1: "0dab259f-bf13-4952-b7f8-7db8f131b28d",
  MCOPSTN2: "d3b4fe1f-9992-4930-8acb-ca6ec609365e",
  MCOPSTNC: "47794cd0-f0e5-45c5-9033-2eb6b5fc84e0",
  EXCHANGEENTERPRISE: "19ec0d23-8335-4cbd-94ac-6050e30712fa",
};

/** Service plans (Service_Plan_Name -> Service_Plan_Id) the catalog refers to, from the same CSV. */
export const GRAPH_SERVICE_PLAN_IDS = {
  EXCHANGE_S_STANDARD: "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
  EXCHANGE_S_ENTERPRISE: "efb87545-963c-4e0d-99df-69c6916d9eb0",
  MCOSTANDARD: "0feaeb32-d00e-4d66-bd5a-43b5b83db82c",
  MCOSTANDARD_MIDMARKET: "b2669e95-76ef-4e7e-a367-002f60a39f3e",
  MCOIMP: "afc06cb0-b4f4-4473-8286-d644f70d8faf",
  TEAMS1: "57ff2da0-773e-42df-b2af-ffb7a2317929",
  MCOEV: "4828c8ec-dc2e-4779-b502-87ac9ce28ab7",
  MCOMEETADV: "3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40",
  MCOPSTN1: "4ed3ff63-69d7-4fb7-b984-5aec7f605ca8",
  MCOPSTN2: "5a10155d-f5c1-411a-a8ec-e99aae125390",
  MCOPSTNC: "505e180f-f7e0-4b65-91d4-00d670bbd18c",
  OFFICESUBSCRIPTION: "43de0ff5-c92c-492b-9116-175376d08c38",
} as const;
