// Every module that defines jobs, imported once here so the worker, drainJobs and the queue set-up
// know them all. Add yours to this list.
import "./sweep-rate-limits";
