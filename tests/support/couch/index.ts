export { startCouch, type TestCouch } from './start-couch';
export { provisionTestVillage, type TestVillage } from './provision-test-village';
export { eventually } from './eventually';
