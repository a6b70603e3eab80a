//! State shared by every `maestro-cars` process on one Redis (`REDIS_URL`): the orchestrator registry, each
//! orchestrator's owner and lease, its live state, the repair history with its counts, and the jobs counter.
//! Any process answers any read; the owner of an orchestrator runs it and renews its lease; a process that finds
//! a running orchestrator without a live owner takes it over.
//!
//! Keys (all under `maestro:cars:`): `orchestrators` (hash id → config JSON), `orch:<id>:owner` (the owner's
//! name, expiring after `CARS_LEASE_MS` unless renewed), `orch:<id>:state` (status JSON, expiring), `repairs:*`
//! (records, sorted sets by order / orchestrator / status, counts), `jobs_processed`.
//!
//! ```no_run
//! # async fn f() -> Result<(), String> {
//! let shared = maestro_cars::shared::Shared::connect("redis://127.0.0.1:6379", "cars-a", std::time::Duration::from_secs(10)).await?;
//! assert!(shared.claim("some-orchestrator").await?);
//! # Ok(()) }
//! ```

#[cfg(feature = "redis")]
pub use imp::Shared;

#[cfg(not(feature = "redis"))]
pub use none::Shared;

#[cfg(not(feature = "redis"))]
mod none {
    use crate::orchestrator::OrchState;
    use crate::store::{Counts, OrchestratorConfig, Page, RepairRecord};

    /// Without the `redis` feature there is nothing to share: this type has no values.
    pub enum Shared {}

    #[allow(clippy::unused_async)]
    impl Shared {
        pub fn me(&self) -> &str {
            match *self {}
        }
        pub fn lease(&self) -> std::time::Duration {
            match *self {}
        }
        pub async fn put_config(&self, _: &OrchestratorConfig) -> Result<(), String> {
            match *self {}
        }
        pub async fn put_config_if_absent(&self, _: &OrchestratorConfig) -> Result<(), String> {
            match *self {}
        }
        pub async fn config(&self, _: &str) -> Result<Option<OrchestratorConfig>, String> {
            match *self {}
        }
        pub async fn configs(&self) -> Result<Vec<OrchestratorConfig>, String> {
            match *self {}
        }
        pub async fn claim(&self, _: &str) -> Result<bool, String> {
            match *self {}
        }
        pub async fn release(&self, _: &str) -> Result<(), String> {
            match *self {}
        }
        pub async fn owner(&self, _: &str) -> Result<Option<String>, String> {
            match *self {}
        }
        pub async fn owners(&self, _: &[String]) -> Result<Vec<Option<String>>, String> {
            match *self {}
        }
        pub async fn put_state(&self, _: &str, _: &OrchState) -> Result<(), String> {
            match *self {}
        }
        pub async fn state(&self, _: &str) -> Result<Option<OrchState>, String> {
            match *self {}
        }
        pub async fn put_repair(&self, _: &RepairRecord) -> Result<(), String> {
            match *self {}
        }
        pub async fn repair(&self, _: &str) -> Result<Option<RepairRecord>, String> {
            match *self {}
        }
        pub async fn page(&self, _: &Page<'_>) -> Result<(Vec<RepairRecord>, u64), String> {
            match *self {}
        }
        pub async fn counts(&self, _: Option<&str>) -> Result<Counts, String> {
            match *self {}
        }
        pub async fn count_job(&self) {
            match *self {}
        }
        pub async fn jobs_processed(&self) -> Result<u64, String> {
            match *self {}
        }
    }
}

#[cfg(feature = "redis")]
mod imp {
    use std::collections::BTreeMap;
    use std::time::Duration;

    use redis::aio::ConnectionManager;
    use redis::AsyncCommands;

    use crate::orchestrator::OrchState;
    use crate::store::{Counts, OrchestratorConfig, Page, RepairRecord};

    const REGISTRY: &str = "maestro:cars:orchestrators";
    const JOBS: &str = "maestro:cars:jobs_processed";
    const REPAIRS: &str = "maestro:cars:repairs";

    fn owner_key(id: &str) -> String {
        format!("maestro:cars:orch:{id}:owner")
    }

    fn state_key(id: &str) -> String {
        format!("maestro:cars:orch:{id}:state")
    }

    /// Sorted set of repair ids (score: order of first write) for a filter.
    fn order_key(orchestrator_id: Option<&str>, status: Option<&str>) -> String {
        match (orchestrator_id, status) {
            (None, None) => format!("{REPAIRS}:z:all"),
            (Some(o), None) => format!("{REPAIRS}:z:o:{o}"),
            (None, Some(s)) => format!("{REPAIRS}:z:s:{s}"),
            (Some(o), Some(s)) => format!("{REPAIRS}:z:os:{o}:{s}"),
        }
    }

    /// Take the lease if it is free or already ours (then renew it). 1 when held afterwards.
    const CLAIM: &str = r"
        local cur = redis.call('GET', KEYS[1])
        if cur == ARGV[1] then
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
        elseif not cur then
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
        end
        return 0";

    /// Delete the lease only if it is ours.
    const RELEASE: &str = r"
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0";

    /// Upsert a repair: the record, its place in every order set (kept on update), and the counts moved from its
    /// old status to the new one, in one step.
    const PUT_REPAIR: &str = r"
        local p, id, orch, status, record = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
        local where = redis.call('HGET', p .. ':where', id)
        local seq
        if where then
            local oseq, oorch, ostatus = string.match(where, '^([^\n]*)\n([^\n]*)\n(.*)$')
            seq = oseq
            redis.call('ZREM', p .. ':z:o:' .. oorch, id)
            redis.call('ZREM', p .. ':z:s:' .. ostatus, id)
            redis.call('ZREM', p .. ':z:os:' .. oorch .. ':' .. ostatus, id)
            redis.call('HINCRBY', p .. ':counts', oorch .. '\n' .. ostatus, -1)
        else
            seq = redis.call('INCR', p .. ':seq')
        end
        redis.call('HSET', p .. ':record', id, record)
        redis.call('HSET', p .. ':where', id, seq .. '\n' .. orch .. '\n' .. status)
        redis.call('ZADD', p .. ':z:all', seq, id)
        redis.call('ZADD', p .. ':z:o:' .. orch, seq, id)
        redis.call('ZADD', p .. ':z:s:' .. status, seq, id)
        redis.call('ZADD', p .. ':z:os:' .. orch .. ':' .. status, seq, id)
        redis.call('HINCRBY', p .. ':counts', orch .. '\n' .. status, 1)
        return seq";

    /// The connection and who this process is.
    #[derive(Clone)]
    pub struct Shared {
        conn: ConnectionManager,
        me: String,
        lease: Duration,
    }

    fn err(e: impl std::fmt::Display) -> String {
        format!("Redis: {e}")
    }

    impl Shared {
        /// Connects (with the reconnecting manager the workers use).
        pub async fn connect(url: &str, me: &str, lease: Duration) -> Result<Shared, String> {
            let client = redis::Client::open(url).map_err(err)?;
            let conn = crate::streams::manager(&client, Duration::from_secs(5)).await.map_err(err)?;
            Ok(Shared { conn, me: me.to_string(), lease })
        }

        /// This process's name (`CARS_CONSUMER_NAME`), as written in the leases it holds.
        pub fn me(&self) -> &str {
            &self.me
        }

        pub fn lease(&self) -> Duration {
            self.lease
        }

        fn ms(&self) -> u64 {
            self.lease.as_millis() as u64
        }

        pub async fn put_config(&self, config: &OrchestratorConfig) -> Result<(), String> {
            let text = serde_json::to_string(config).map_err(err)?;
            self.conn.clone().hset::<_, _, _, ()>(REGISTRY, &config.orchestrator_id, text).await.map_err(err)
        }

        /// Registers a config Redis lost (a restart without persistence) while this process still runs it.
        pub async fn put_config_if_absent(&self, config: &OrchestratorConfig) -> Result<(), String> {
            let text = serde_json::to_string(config).map_err(err)?;
            self.conn.clone().hset_nx::<_, _, _, ()>(REGISTRY, &config.orchestrator_id, text).await.map_err(err)
        }

        pub async fn config(&self, id: &str) -> Result<Option<OrchestratorConfig>, String> {
            let text: Option<String> = self.conn.clone().hget(REGISTRY, id).await.map_err(err)?;
            Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
        }

        pub async fn configs(&self) -> Result<Vec<OrchestratorConfig>, String> {
            let all: BTreeMap<String, String> = self.conn.clone().hgetall(REGISTRY).await.map_err(err)?;
            Ok(all.values().filter_map(|t| serde_json::from_str(t).ok()).collect())
        }

        /// Takes or renews the lease on an orchestrator; false when another live process holds it.
        pub async fn claim(&self, id: &str) -> Result<bool, String> {
            let held: i64 = redis::cmd("EVAL")
                .arg(CLAIM)
                .arg(1)
                .arg(owner_key(id))
                .arg(&self.me)
                .arg(self.ms())
                .query_async(&mut self.conn.clone())
                .await
                .map_err(err)?;
            Ok(held == 1)
        }

        pub async fn release(&self, id: &str) -> Result<(), String> {
            let _: i64 = redis::cmd("EVAL")
                .arg(RELEASE)
                .arg(1)
                .arg(owner_key(id))
                .arg(&self.me)
                .query_async(&mut self.conn.clone())
                .await
                .map_err(err)?;
            let _: i64 = self.conn.clone().del(state_key(id)).await.map_err(err)?;
            Ok(())
        }

        pub async fn owner(&self, id: &str) -> Result<Option<String>, String> {
            self.conn.clone().get(owner_key(id)).await.map_err(err)
        }

        pub async fn owners(&self, ids: &[String]) -> Result<Vec<Option<String>>, String> {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let keys: Vec<String> = ids.iter().map(|id| owner_key(id)).collect();
            redis::cmd("MGET").arg(keys).query_async(&mut self.conn.clone()).await.map_err(err)
        }

        /// The owner's view of its orchestrator, kept twice as long as the lease.
        pub async fn put_state(&self, id: &str, state: &OrchState) -> Result<(), String> {
            let text = serde_json::to_string(state).map_err(err)?;
            self.conn.clone().pset_ex::<_, _, ()>(state_key(id), text, 2 * self.ms()).await.map_err(err)
        }

        pub async fn state(&self, id: &str) -> Result<Option<OrchState>, String> {
            let text: Option<String> = self.conn.clone().get(state_key(id)).await.map_err(err)?;
            Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
        }

        pub async fn put_repair(&self, record: &RepairRecord) -> Result<(), String> {
            let text = serde_json::to_string(record).map_err(err)?;
            // Keys are built inside the script from the prefix: one Redis, not a cluster.
            let _: i64 = redis::cmd("EVAL")
                .arg(PUT_REPAIR)
                .arg(0)
                .arg(REPAIRS)
                .arg(&record.repair_id)
                .arg(record.orchestrator_id.as_deref().unwrap_or(""))
                .arg(&record.status)
                .arg(text)
                .query_async(&mut self.conn.clone())
                .await
                .map_err(err)?;
            Ok(())
        }

        pub async fn repair(&self, id: &str) -> Result<Option<RepairRecord>, String> {
            let text: Option<String> = self.conn.clone().hget(format!("{REPAIRS}:record"), id).await.map_err(err)?;
            Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
        }

        /// One page, newest first, and the number matching: two range reads, whatever the history's size.
        pub async fn page(&self, page: &Page<'_>) -> Result<(Vec<RepairRecord>, u64), String> {
            let key = order_key(page.orchestrator_id, page.status);
            let mut conn = self.conn.clone();
            let total: u64 = conn.zcard(&key).await.map_err(err)?;
            if page.limit == 0 {
                return Ok((Vec::new(), total));
            }
            let start = page.offset as isize;
            let ids: Vec<String> = conn.zrevrange(&key, start, start + page.limit as isize - 1).await.map_err(err)?;
            if ids.is_empty() {
                return Ok((Vec::new(), total));
            }
            let texts: Vec<Option<String>> = redis::cmd("HMGET")
                .arg(format!("{REPAIRS}:record"))
                .arg(&ids)
                .query_async(&mut conn)
                .await
                .map_err(err)?;
            Ok((texts.into_iter().flatten().filter_map(|t| serde_json::from_str(&t).ok()).collect(), total))
        }

        pub async fn counts(&self, orchestrator_id: Option<&str>) -> Result<Counts, String> {
            let all: BTreeMap<String, i64> =
                self.conn.clone().hgetall(format!("{REPAIRS}:counts")).await.map_err(err)?;
            let mut out = BTreeMap::new();
            for (key, n) in all {
                let Some((orch, status)) = key.split_once('\n') else { continue };
                if n > 0 && orchestrator_id.is_none_or(|id| id == orch) {
                    *out.entry(status.to_string()).or_insert(0) += n as u64;
                }
            }
            Ok(Counts(out))
        }

        /// One more job processed, counted across processes (best effort: a lost count is not worth failing for).
        pub async fn count_job(&self) {
            let _: Result<i64, _> = self.conn.clone().incr(JOBS, 1).await;
        }

        pub async fn jobs_processed(&self) -> Result<u64, String> {
            let n: Option<u64> = self.conn.clone().get(JOBS).await.map_err(err)?;
            Ok(n.unwrap_or(0))
        }
    }
}
