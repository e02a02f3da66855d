/** The actors stage: gazetteer, actor mentions and place mentions. */
export { loadGazetteer, actorById, sideOf } from './gazetteer.js';
export { findActors } from './find.js';
export { findPlaces, findPlacesInView, type PlaceMention } from './places.js';
