"use server";
// The stock & prices grid's save, through the gate (the spreadsheet import is a route handler:
// POST /api/factory/listings.csv, because it may pass the 1 MB a server action accepts).
import { refresh } from "next/cache";
import { dataAction, type DataAction } from "@/lib/gate/next";
import { saveStockGridOp, type StockSaveResult } from "@/lib/listings/save-stock-grid";

type Rows = { rows: { skuId: number; stock: string; priceDelta: string }[] };

export const saveStockAction: DataAction<Rows, StockSaveResult> = dataAction(saveStockGridOp, {
  onSuccess: (result) => {
    if (result.status === "ok") refresh();
  },
});
