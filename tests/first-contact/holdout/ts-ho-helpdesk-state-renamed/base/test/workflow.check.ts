import { allowedNext, countByState, escalate, move, type Ticket, type TicketState } from "../src/workflow";
import { equal, sameType, type Same } from "./check";

const fresh: Ticket = { id: 7, subject: "Printer on fire", state: "open", history: ["open"] };
const parked: Ticket = { id: 8, subject: "Refund for order 1182", state: "pending", history: ["open", "pending"] };

export function checkWorkflow(): void {
  equal(allowedNext("pending"), ["open", "solved", "closed"], "from pending");
  equal(move(fresh, "pending").history, ["open", "pending"], "history grows");
  equal(escalate(fresh).state, "escalated", "escalate");
  equal(
    countByState([fresh, parked, move(parked, "solved")]),
    { open: 1, pending: 1, escalated: 0, solved: 1, closed: 0 },
    "counts",
  );
}

// The state list is part of the public API: reports and the web app switch over it.
sameType<Same<TicketState, "open" | "pending" | "escalated" | "solved" | "closed">>();
