import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

// Every test file removes the folders it made with tempDir(), whether its tests passed or not.
afterAll(removeTempDirs);
