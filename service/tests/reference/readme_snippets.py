"""The reference README's two Python snippets ("Publishing Jobs", "Consuming Results"), run against a real
maestro-cars and a real redis-server with redis-py (`.ci/run`).

The snippets are kept as the README prints them, with only what they need to run at all:
- the imports they use and leave out (`json`, `datetime`);
- `true` -> `True` (the README's payload is JSON pasted into Python);
- `decode_responses=True`: the consumer reads `data["result"]` with a str key, which redis-py gives only then;
- host, port, database and project path from the environment (the README's are `localhost:6379`, `/path/to/project`).

Usage: REDIS_HOST=127.0.0.1 REDIS_PORT=6379 PROJECT_PATH=/allowed/project python readme_snippets.py
Exits 0 when the service consumed the job and the consumer snippet printed its repair's status.
"""

import json
import os
import sys
import time
from datetime import datetime

import redis

HOST = os.environ.get("REDIS_HOST", "localhost")
PORT = int(os.environ.get("REDIS_PORT", "6379"))
PROJECT = os.environ["PROJECT_PATH"]

# --- "Publishing Jobs" --------------------------------------------------------------------------------------
r = redis.Redis(host=HOST, port=PORT, db=int(os.environ.get("REDIS_DB", "0")), decode_responses=True)

# Publish start monitoring job
job = {
    "type": "start_monitoring",
    "payload": json.dumps({
        "project_path": PROJECT,
        "config": {
            "auto_fix": True,
            "confidence_threshold": 0.75
        }
    }),
    "timestamp": datetime.now().isoformat()
}

message_id = r.xadd("maestro:streams:automation:jobs", job)
# ------------------------------------------------------------------------------------------------------------

printed = []
deadline = time.monotonic() + 90
while time.monotonic() < deadline:
    # --- "Consuming Results" (the README reads once; repeated until our job's result arrives) ---------------
    # Read results stream
    messages = r.xreadgroup(
        groupname="result-consumers",
        consumername="consumer-1",
        streams={"maestro:streams:automation:results": ">"},
        count=10,
        block=5000
    )

    for stream, message_list in messages:
        for message_id_, data in message_list:
            result = json.loads(data["result"])
            print(f"Repair {result['repair_id']}: {result['status']}")
    # --------------------------------------------------------------------------------------------------------
            printed.append(result)
    ours = [p for p in printed if p.get("repair_id") == message_id or p.get("job_id") == message_id]
    if ours:
        break

ours = [p for p in printed if p.get("repair_id") == message_id or p.get("job_id") == message_id]
if not ours:
    sys.exit(f"no result for job {message_id} on maestro:streams:automation:results within 90 s; read: {printed}")
result = ours[0]
if result["status"] != "success" or result.get("type") != "start_monitoring":
    sys.exit(f"the start_monitoring job did not succeed: {result}")
orchestrator = result["result"]["orchestrator_id"]
print(f"start_monitoring {message_id} -> orchestrator {orchestrator}")
