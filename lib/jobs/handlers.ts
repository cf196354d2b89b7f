// Every module that defines jobs, imported once here so the worker, drainJobs and the queue set-up
// know them all. Add yours to this list.
import "./sweep-rate-limits";
import "@/lib/partners/webhook-queue";
import "@/lib/warehouse/notification-mail";
import "@/lib/warehouse/warehouse-jobs";
import "@/lib/listings/translate-listing-job";
import "@/lib/warehouse/refresh-factory-reliability";
