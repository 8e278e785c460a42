/**
 * The whole eligibility matrix (lib/domain/matrix.ts): every situation against every add-on, computed in
 * process. Issue 13 asks for under 1 s. Prints the first (cold) run and the median of the next ten.
 * Run: npx tsx --conditions=react-server bench/matrix.bench.ts   (or npm run bench -- bench/matrix.bench.ts)
 */
import { performance } from "node:perf_hooks";
import { calculateMatrix, matrixSituations } from "@/lib/domain/matrix";

function time(): { ms: number; rows: number; situations: number } {
  const start = performance.now();
  const rows = calculateMatrix();
  const ms = performance.now() - start;
  return { ms, rows: rows.length, situations: matrixSituations(rows).length };
}

const cold = time();
const warm = Array.from({ length: 10 }, () => time().ms).sort((a, b) => a - b);
const median = (warm[4] + warm[5]) / 2;
console.log(`matrix: ${cold.situations} situations x 6 add-ons = ${cold.rows} rows`);
console.log(`first run ${cold.ms.toFixed(0)} ms; median of 10 more ${median.toFixed(0)} ms (max ${warm[9].toFixed(0)} ms)`);
console.log(cold.ms < 1000 && median < 1000 ? "under 1 s: yes" : "under 1 s: NO");
