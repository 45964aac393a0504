export { competitionRanks, type RankingsFilter, rankings, youthPopulation } from './rankings.repository';
