/// <reference types="@open-express-dashboard/element/svelte" />
